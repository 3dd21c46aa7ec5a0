package org.perfgoals;

import java.util.List;
import org.perfgoals.project.ProjectFilter;
import org.perfgoals.project.ProjectService;
import org.springframework.data.domain.Pageable;

/**
 * The seed's five 2019 projects (src/main/resources/seed), named once for every test: their full names, the short
 * search words the tests look them up by ({@code ?q=} and {@link ProjectFilter}), and their ids in a Spring test.
 */
public final class SeedProjects {

    /** Form 1, of the demo users' unit 上海市人力资源和社会保障局咨询服务中心: RED in the demo data. */
    public static final String HOTLINE = "12333热线全媒体智能咨询平台项目经费";
    /** Form 2, 上海市就业促进中心. */
    public static final String TRAINING = "职业培训基础能力建设—师资进修";
    /** Form 3, 上海市社会保险事业管理中心: spends slowest in the demo data. */
    public static final String SOCIAL_INSURANCE = "社会保险服务费";
    /** Form 4, 上海市职业技能鉴定中心. */
    public static final String COMMISSIONED = "委托服务经费";
    /** Form 5, 上海市人才服务中心. */
    public static final String WORK_PERMITS = "外国人（台港澳）来华工作许可专项";
    public static final List<String> ALL = List.of(HOTLINE, TRAINING, SOCIAL_INSURANCE, COMMISSIONED, WORK_PERMITS);
    public static final int YEAR = 2019;

    /** Search words (a part of the name, safe in a URL as they are) that find exactly one seed project. */
    public static final String HOTLINE_Q = "12333";
    public static final String TRAINING_Q = "职业培训";
    public static final String SOCIAL_INSURANCE_Q = SOCIAL_INSURANCE;
    public static final String COMMISSIONED_Q = COMMISSIONED;
    public static final String WORK_PERMITS_Q = "来华";

    private SeedProjects() {
    }

    /** The id of the 2019 seed project the search words find (the first, should the tests have imported more). */
    public static long id(ProjectService projects, String query) {
        return projects.list(new ProjectFilter(YEAR, null, query), Pageable.unpaged()).getFirst().id();
    }

    public static long hotline(ProjectService projects) {
        return id(projects, HOTLINE_Q);
    }
}
