package org.perfgoals.unit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitNameTest {

    @ParameterizedTest(name = "[{0}] is stored as [{1}]")
    @CsvSource(delimiter = '|', value = {
        "上海市社会保险事业管理中心（盖章）|上海市社会保险事业管理中心",
        "上海市社会保险事业管理中心(盖章)|上海市社会保险事业管理中心",
        "上海市社会保险事业管理中心 （ 盖 章 ）|上海市社会保险事业管理中心",
        "上海市社会保险事业管理中心【公章】|上海市社会保险事业管理中心",
        "上海市社会保险事业管理中心  盖章|上海市社会保险事业管理中心",
        "'  上海市　人才服务中心  '|上海市 人才服务中心",
        "上海市人力资源和社会保障局（上海市公务员局）|上海市人力资源和社会保障局（上海市公务员局）",
        "上海市文章研究中心|上海市文章研究中心",
    })
    void theStampAndStraySpacesAreNeverPartOfTheName(String written, String stored) {
        assertThat(UnitName.normalize(written)).hasValue(stored);
        assertThat(UnitName.problem(written)).isEmpty();
    }

    @ParameterizedTest(name = "[{0}] is refused as {1}")
    @CsvSource(delimiter = '|', value = {
        "''|required",
        "'   '|required",
        "（盖章）|required",
        "上海市\u0007中心|control",
    })
    void namesThatCannotBeStoredAreRefusedWithTheirRule(String written, String code) {
        assertThat(UnitName.problem(written)).hasValue(code);
    }

    @org.junit.jupiter.api.Test
    void aNameLongerThanTheColumnIsRefused() {
        assertThat(UnitName.problem("长".repeat(UnitName.MAX_LENGTH))).isEmpty();
        assertThat(UnitName.problem("长".repeat(UnitName.MAX_LENGTH + 1))).hasValue("tooLong");
    }
}
