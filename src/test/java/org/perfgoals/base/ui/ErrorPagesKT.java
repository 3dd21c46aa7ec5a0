package org.perfgoals.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.perfgoals.KaribuTest;
import org.perfgoals.SeedProjects;
import org.perfgoals.project.ProjectService;
import org.perfgoals.security.SystemAuthentication;
import org.springframework.beans.factory.annotation.Autowired;

/** Bad, unknown and refused addresses show the one translated error view in the layout, never exception text. */
class ErrorPagesKT extends KaribuTest {

    @Autowired
    private ProjectService projects;

    private long idOf(String name) {
        return SystemAuthentication.call(() -> SeedProjects.id(projects, name));
    }

    /** Opens the path and returns the error view's sentence, checking it is shown inside the app layout. */
    private String errorAt(String path, Class<? extends ErrorPage<?>> page, String kind) {
        UI.getCurrent().navigate(path);
        ErrorPage<?> shown = _get(page);
        assertThat(shown.getParent().map(Component::getClass)).as("inside the app layout").contains(MainLayout.class);
        String text = _get(Span.class, spec -> spec.withClasses("error-message " + kind)).getText();
        String all = shown.getElement().getTextRecursively();
        assertThat(all).doesNotContain("Exception").doesNotContain("java.").doesNotContain("out of range");
        return text;
    }

    @Test
    void a_project_id_that_is_not_a_number_is_a_bad_address() {
        login("staff");
        assertThat(errorAt("projects/abc", BadAddressPage.class, "bad-address")).isEqualTo("地址中的“abc”应为数字编号。");
        assertThat(_get(BadAddressPage.class).getPageTitle()).startsWith("地址有误");
    }

    @Test
    void year_zero_in_the_entry_view_is_a_bad_address_naming_the_projects_year() {
        login("staff");
        assertThat(errorAt("monitoring/" + idOf(SeedProjects.HOTLINE_Q) + "/0/1", BadAddressPage.class, "bad-address"))
                .isEqualTo("该项目是 2019 年度的项目，没有 0 年的数据。");
    }

    @Test
    void quarter_nine_of_the_dashboard_is_a_bad_address_not_the_third_quarter() {
        login("manager");
        assertThat(errorAt("dashboard/" + idOf(SeedProjects.HOTLINE_Q) + "/2019/9", BadAddressPage.class,
                "bad-address"))
                .isEqualTo("没有第 9 季度：季度应为 1–4。");
    }

    @Test
    void another_year_of_the_dashboard_is_a_bad_address() {
        login("manager");
        assertThat(errorAt("dashboard/" + idOf(SeedProjects.HOTLINE_Q) + "/2050/1", BadAddressPage.class,
                "bad-address"))
                .isEqualTo("该项目是 2019 年度的项目，没有 2050 年的数据。");
    }

    @Test
    void an_unknown_project_is_not_found_in_english_too() {
        login("staff");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        assertThat(errorAt("projects/999999", NotFoundPage.class, "not-found")).isEqualTo("No such project.");
        assertThat(_get(NotFoundPage.class).getPageTitle()).startsWith("Page not found");
    }

    @Test
    void an_unknown_project_is_not_found() {
        login("manager");
        assertThat(errorAt("dashboard/999999/2019/1", NotFoundPage.class, "not-found")).isEqualTo("找不到该项目。");
        assertThat(errorAt("monitoring/999999", NotFoundPage.class, "not-found")).isEqualTo("找不到该项目。");
    }

    @Test
    void a_view_of_another_role_is_not_allowed() {
        login("leader");
        UI.getCurrent().navigate("monitoring");
        assertThat(_find(Component.class, spec -> spec.withClasses("entry-view"))).isEmpty();
        assertThat(_find(ErrorPage.class)).singleElement().satisfies(page ->
                assertThat(page.getElement().getTextRecursively()).doesNotContain("Exception"));
    }

    @Test
    void staff_opening_another_units_project_find_no_such_project_and_see_nothing_of_it() {
        login("staff");
        long other = idOf(SeedProjects.SOCIAL_INSURANCE);
        assertThat(errorAt("monitoring/" + other + "/2019/4", NotFoundPage.class, "not-found"))
                .isEqualTo("找不到该项目。");
        assertThat(_find(Component.class, spec -> spec.withClasses("entry-view"))).as("no entry form").isEmpty();
    }
}
