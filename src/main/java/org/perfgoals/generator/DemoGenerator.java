package org.perfgoals.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.perfgoals.generator.SeedTemplates.IndicatorTemplate;
import org.perfgoals.generator.SeedTemplates.ProjectTemplate;
import org.perfgoals.generator.SeedTemplates.Value;
import org.perfgoals.importer.domain.BudgetItemData;
import org.perfgoals.importer.domain.FormData;
import org.perfgoals.indicator.Indicator;
import org.perfgoals.indicator.domain.Target;
import org.perfgoals.monitoring.domain.DeviationCause;
import org.perfgoals.monitoring.domain.Likelihood;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.domain.Status;
import org.perfgoals.unit.UnitPlacement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates projects for demos and benchmarks: variations of the five seed forms across some 200 units, each with
 * its budget items and indicators, four quarters of actuals (judged and scored by the real evaluation rules),
 * budget execution per item and quarter, the period reports (Q1–Q2 approved, Q3 submitted, Q4 draft) and the open
 * alerts of Q3 and Q4. Written with JDBC batches, one transaction per chunk of projects; all rows are marked demo.
 */
@Service
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public class DemoGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(DemoGenerator.class);
    private static final int CHUNK = 500;

    private final org.springframework.context.ApplicationEventPublisher events;
    static final int UNITS = 200;
    private static final String[] DISTRICTS = {"黄浦", "徐汇", "长宁", "静安", "普陀", "虹口", "杨浦", "闵行", "宝山",
        "嘉定", "浦东新", "金山", "松江", "青浦", "奉贤", "崇明"};
    private static final String[] UNIT_KINDS = {"人力资源服务中心", "就业促进中心", "社会保险事业管理中心",
        "职业技能鉴定中心", "劳动保障监察大队", "人才服务中心", "职业能力建设中心", "劳动人事争议仲裁院",
        "医疗保险事务中心", "养老保险服务中心", "公共招聘服务中心", "技工学校", "人事考试中心"};
    /** Share of projects per profile, and for each profile the chance of each pace of {@link SeedTemplates#PACES}. */
    private static final double[][] PROFILE_PACES = {
        {0.82, 0.08, 0.07, 0.03},
        {0.60, 0.05, 0.22, 0.13},
        {0.40, 0.00, 0.30, 0.30}};
    private static final double[] SPENDING_PACE = {0.98, 0.78, 0.50};

    private final GeneratorRepository rows;
    private final TransactionTemplate transactions;
    private final UnitPlacement placement;
    private final Map<Integer, List<ProjectTemplate>> templates = new java.util.concurrent.ConcurrentHashMap<>();

    DemoGenerator(GeneratorRepository rows, PlatformTransactionManager transactionManager,
                  org.springframework.context.ApplicationEventPublisher events, UnitPlacement placement) {
        this.placement = placement;
        this.events = events;
        this.rows = rows;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The name of generated unit {@code n} (0 ≤ n < 200), e.g. "上海市徐汇区就业促进中心 17". */
    static String unit(int n) {
        return "上海市" + DISTRICTS[n % DISTRICTS.length] + "区" + UNIT_KINDS[(n / DISTRICTS.length) % UNIT_KINDS.length]
                + " " + n;
    }

    public int projectCount() {
        return rows.countProjects();
    }

    /** Generates {@code projects} projects of {@code year}; the same seed gives the same data. */
    public GeneratedData generate(int projects, int year, long seed) {
        long started = System.nanoTime();
        List<ProjectTemplate> forms = templates.computeIfAbsent(year, SeedTemplates::read);
        SplittableRandom random = new SplittableRandom(seed);
        long numberFrom = rows.maxProjectId() + 1;
        int[] totals = new int[6];
        for (int from = 0; from < projects; from += CHUNK) {
            int size = Math.min(CHUNK, projects - from);
            long firstNumber = numberFrom + from;
            SplittableRandom chunkRandom = random.split();
            int[] written = transactions.execute(status -> chunk(forms, year, size, firstNumber, chunkRandom));
            for (int i = 0; i < totals.length; i++) {
                totals[i] += written[i];
            }
        }
        events.publishEvent(new org.perfgoals.base.DataChangedEvent());
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info("Generated {} projects of {} ({} indicators, {} actuals, {} budget executions, {} alerts) in {} ms",
                totals[0], year, totals[1], totals[2], totals[3], totals[5], millis);
        return new GeneratedData(totals[0], totals[1], totals[2], totals[3], totals[4], totals[5], millis);
    }

    private int[] chunk(List<ProjectTemplate> forms, int year, int size, long firstNumber, SplittableRandom random) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Object[]> projectRows = new ArrayList<>(size);
        List<ProjectTemplate> chosen = new ArrayList<>(size);
        List<String> units = new ArrayList<>(size);
        List<String> names = new ArrayList<>(size);
        double[] scales = new double[size];
        int[] profiles = new int[size];
        for (int i = 0; i < size; i++) {
            ProjectTemplate template = forms.get(random.nextInt(forms.size()));
            FormData form = template.form();
            String unit = unit(random.nextInt(UNITS));
            String name = form.name() + " " + (firstNumber + i);
            double scale = 0.6 + random.nextDouble() * 0.8;
            double draw = random.nextDouble();
            profiles[i] = draw < 0.6 ? 0 : draw < 0.85 ? 1 : 2;
            scales[i] = scale;
            chosen.add(template);
            units.add(unit);
            names.add(name);
            projectRows.add(new Object[] {year, unit, name, form.projectType(), form.fundUse(), form.owner(),
                form.contact(), form.phone(), shift(form.startDate(), form, year), shift(form.endDate(), form, year),
                form.overview(), form.legalBasis(), form.necessity(), form.safeguards(), form.implementationPlan(),
                form.overallGoal(), form.annualGoal(), form.remark(), scaled(form.totalBudget(), scale),
                scaled(form.currentYearBudget(), scale), scaled(form.previousYearBudget(), scale),
                scaled(form.previousYearExecuted(), scale), "generator", now});
        }
        // Projects name their unit by a foreign key: the units come first, at the top of the tree.
        placement.createMissing(new java.util.LinkedHashSet<>(units), null);
        long[] projectIds = rows.insertReturningIds(GeneratorRepository.PROJECT, projectRows);

        List<Object[]> itemRows = new ArrayList<>();
        List<Object[]> indicatorRows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            List<BudgetItemData> items = chosen.get(i).items();
            for (int j = 0; j < items.size(); j++) {
                itemRows.add(new Object[] {projectIds[i], j, items.get(j).name(),
                    scaled(items.get(j).amount(), scales[i])});
            }
            for (IndicatorTemplate template : chosen.get(i).indicators()) {
                Indicator indicator = template.indicator();
                indicatorRows.add(new Object[] {projectIds[i], template.sortOrder(), indicator.getLevel1(),
                    indicator.getLevel2(), indicator.getName(), indicator.getTargetText(),
                    indicator.getTargetKind().name(), comparator(indicator.getTarget()), targetValue(indicator),
                    targetUnit(indicator), expected(indicator.getTarget()), template.deadline(), indicator.isFreeText(),
                    indicator.getSourceLine(), indicator.getAccumulation().name(), indicator.getWeight()});
            }
        }
        long[] itemIds = rows.insertReturningIds(GeneratorRepository.BUDGET_ITEM, itemRows);
        long[] indicatorIds = rows.insertReturningIds(GeneratorRepository.INDICATOR, indicatorRows);

        List<Object[]> partRows = new ArrayList<>();
        List<Object[]> actualRows = new ArrayList<>();
        List<Value> actualValues = new ArrayList<>();
        List<Object[]> executionRows = new ArrayList<>();
        List<Object[]> reportRows = new ArrayList<>();
        List<Object[]> alertRows = new ArrayList<>();
        int indicatorIndex = 0;
        int itemIndex = 0;
        for (int i = 0; i < size; i++) {
            long projectId = projectIds[i];
            double[] paces = PROFILE_PACES[profiles[i]];
            for (IndicatorTemplate template : chosen.get(i).indicators()) {
                long indicatorId = indicatorIds[indicatorIndex++];
                for (int p = 0; p < template.parts().size(); p++) {
                    Target.Part part = template.parts().get(p);
                    partRows.add(new Object[] {indicatorId, p, part.label(), part.target().comparator().name(),
                        part.target().value(), part.target().unit()});
                }
                if (template.derived()) {
                    continue;
                }
                for (int quarter = 1; quarter <= 4; quarter++) {
                    Period period = Period.quarter(year, quarter);
                    Value value = template.values()[quarter - 1][pick(random, paces)];
                    boolean red = value.status() == Status.RED;
                    OffsetDateTime entered = entered(period);
                    actualRows.add(new Object[] {indicatorId, projectId, year, period.endMonth(), value.number(),
                        value.assessment() == null ? null : value.assessment().name(), value.done(), value.doneOn(),
                        red ? DeviationCause.OTHER.name() : null, red ? "进度滞后（生成的演示数据）" : null,
                        red ? "下季度加快推进" : null, red ? Likelihood.POSSIBLE.name() : null,
                        value.status().name(), entered, value.score()});
                    actualValues.add(value);
                    if (quarter >= 3 && (red || value.status() == Status.YELLOW)) {
                        alertRows.add(new Object[] {red ? "TARGET_MISSED" : "TARGET_AT_RISK",
                            quarter == 3 ? "ACKNOWLEDGED" : "OPEN", projectId, names.get(i), units.get(i),
                            indicatorId, template.indicator().getName(), year, period.endMonth(),
                            template.indicator().getTargetText(), value.text(), entered, entered});
                    }
                }
            }
            List<BudgetItemData> items = chosen.get(i).items();
            double spendingPace = SPENDING_PACE[profiles[i]];
            for (int j = 0; j < items.size(); j++) {
                long itemId = itemIds[itemIndex++];
                BigDecimal amount = scaled(items.get(j).amount(), scales[i]);
                for (int quarter = 1; quarter <= 4; quarter++) {
                    Period period = Period.quarter(year, quarter);
                    double share = 0.25 * spendingPace * (0.85 + random.nextDouble() * 0.3);
                    executionRows.add(new Object[] {itemId, projectId, year, period.endMonth(),
                        amount == null ? BigDecimal.ZERO : amount.multiply(BigDecimal.valueOf(share))
                                .setScale(2, RoundingMode.HALF_UP), entered(period)});
                }
            }
            for (int quarter = 1; quarter <= 4; quarter++) {
                Period period = Period.quarter(year, quarter);
                OffsetDateTime entered = entered(period);
                boolean submitted = quarter <= 3;
                boolean approved = quarter <= 2;
                reportRows.add(new Object[] {projectId, year, period.endMonth(),
                    approved ? "APPROVED" : submitted ? "SUBMITTED" : "DRAFT", entered,
                    submitted ? "generator" : null, submitted ? entered : null, approved ? "generator" : null,
                    approved ? entered.plusDays(3) : null, approved ? "数据核实无误" : null});
            }
        }
        rows.insert(GeneratorRepository.TARGET_PART, partRows);
        long[] actualIds = rows.insertReturningIds(GeneratorRepository.ACTUAL, actualRows);
        List<Object[]> actualPartRows = new ArrayList<>();
        for (int a = 0; a < actualIds.length; a++) {
            long actualId = actualIds[a];
            actualValues.get(a).parts().forEach((label, value) -> actualPartRows.add(new Object[] {actualId, label,
                value}));
        }
        rows.insert(GeneratorRepository.ACTUAL_PART, actualPartRows);
        rows.insert(GeneratorRepository.EXECUTION, executionRows);
        rows.insert(GeneratorRepository.REPORT, reportRows);
        long[] alertIds = rows.insertReturningIds(GeneratorRepository.ALERT, alertRows);
        List<Object[]> eventRows = new ArrayList<>();
        for (int a = 0; a < alertIds.length; a++) {
            eventRows.add(new Object[] {alertIds[a], 0, "RAISED", alertRows.get(a)[11], null});
        }
        rows.insert(GeneratorRepository.ALERT_EVENT, eventRows);
        return new int[] {size, indicatorRows.size(), actualRows.size(), executionRows.size(), reportRows.size(),
            alertRows.size()};
    }

    private static int pick(SplittableRandom random, double[] chances) {
        double draw = random.nextDouble();
        for (int i = 0; i < chances.length; i++) {
            draw -= chances[i];
            if (draw < 0) {
                return i;
            }
        }
        return 0;
    }

    private static OffsetDateTime entered(Period period) {
        return period.end().plusDays(10).atTime(10, 0).atOffset(ZoneOffset.ofHours(8));
    }

    private static LocalDate shift(LocalDate date, FormData form, int year) {
        return date == null || form.year() == null ? date : date.plusYears(year - form.year());
    }

    private static BigDecimal scaled(BigDecimal amount, double scale) {
        return amount == null ? null : amount.multiply(BigDecimal.valueOf(scale)).setScale(2, RoundingMode.HALF_UP);
    }

    private static String comparator(Target target) {
        return target instanceof Target.Quantitative q && q.comparator() != null ? q.comparator().name() : null;
    }

    private static BigDecimal targetValue(Indicator indicator) {
        return indicator.getTarget() instanceof Target.Quantitative q ? q.value() : null;
    }

    private static String targetUnit(Indicator indicator) {
        return indicator.getTarget() instanceof Target.Quantitative q ? q.unit() : null;
    }

    private static String expected(Target target) {
        return switch (target) {
            case Target.Qualitative q -> q.expected();
            case Target.Relative r -> r.expected();
            case Target.Deadline d -> d.expected();
            default -> null;
        };
    }
}
