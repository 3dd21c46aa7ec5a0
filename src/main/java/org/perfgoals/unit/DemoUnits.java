package org.perfgoals.unit;

import java.util.List;
import org.perfgoals.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's unit tree, before the demo users (who belong to a unit) and the seed (whose forms name the units): the
 * competent department 上海市人力资源和社会保障局 over the five budget units the seed forms declare. Only in the demo
 * profile; production starts with no unit, and imports create units as forms name them.
 */
@Component
@Profile("demo")
class DemoUnits {

    static final String BUREAU = "上海市人力资源和社会保障局";
    static final List<String> BUDGET_UNITS = List.of("上海市人力资源和社会保障局咨询服务中心", "上海市就业促进中心",
            "上海市社会保险事业管理中心", "上海市职业技能鉴定中心", "上海市人才服务中心");

    private static final Logger LOG = LoggerFactory.getLogger(DemoUnits.class);

    private final UnitPlacement placement;

    DemoUnits(UnitPlacement placement) {
        this.placement = placement;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(-200)
    public void createMissingDemoUnits() {
        SystemAuthentication.run(() -> {
            long bureau = placement.ensure(BUREAU, null);
            List<String> created = placement.createMissing(BUDGET_UNITS, bureau);
            if (!created.isEmpty()) {
                LOG.info("Created {} demo units under {}", created.size(), BUREAU);
            }
        });
    }
}
