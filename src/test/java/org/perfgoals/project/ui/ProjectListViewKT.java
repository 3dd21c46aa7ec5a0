package org.perfgoals.project.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.perfgoals.KaribuTest;
import org.perfgoals.SeedProjects;
import org.perfgoals.security.ui.LoginView;

class ProjectListViewKT extends KaribuTest {

    @SuppressWarnings("unchecked")
    private Grid<Object> grid() {
        return _get(Grid.class);
    }

    @Test
    void staff_see_their_units_project_with_budget_and_indicator_counts_and_a_leader_all_five() {
        login("staff");
        UI.getCurrent().navigate("projects");
        assertThat(_size(_get(ProjectListView.class).grid)).as("only their unit's").isEqualTo(1);
        login("leader");
        UI.getCurrent().navigate("projects");
        ProjectListView view = _get(ProjectListView.class);
        assertThat(_size(view.grid)).isEqualTo(5);
        int row = IntStream.range(0, 5)
                .filter(i -> _getFormatted(view.grid, i, "name").equals(SeedProjects.HOTLINE))
                .findFirst().orElseThrow();
        assertThat(_getFormatted(view.grid, row, "unit")).isEqualTo("上海市人力资源和社会保障局咨询服务中心");
        assertThat(_getFormatted(view.grid, row, "type")).isEqualTo("经常性专项业务费");
        assertThat(_getFormatted(view.grid, row, "budget")).isEqualTo("71,387,200 元");
        assertThat(_getFormatted(view.grid, row, "indicators")).isEqualTo("17");
    }

    @Test
    void the_list_narrows_by_unit_and_by_name() {
        login("leader");
        UI.getCurrent().navigate("projects");
        ProjectListView view = _get(ProjectListView.class);
        _setValue(view.unit, "上海市社会保险事业管理中心");
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_getFormatted(view.grid, 0, "name")).isEqualTo(SeedProjects.SOCIAL_INSURANCE);
        _setValue(view.unit, null);
        _setValue(view.search, "师资");
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_getFormatted(view.grid, 0, "name")).isEqualTo(SeedProjects.TRAINING);
        _setValue(view.search, "no such project");
        assertThat(_size(view.grid)).isZero();
    }

    @Test
    void the_list_narrows_by_year() {
        login("manager");
        UI.getCurrent().navigate("projects");
        ProjectListView view = _get(ProjectListView.class);
        assertThat(view.year.getListDataView().getItems()).containsExactly(2019);
        _setValue(view.year, 2019);
        assertThat(_size(view.grid)).as("their unit's one project").isEqualTo(1);
    }

    @Test
    void anonymous_visitors_are_sent_to_the_login() {
        UI.getCurrent().navigate("projects");
        _get(LoginView.class);
    }
}
