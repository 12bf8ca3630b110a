package kr.seoul.smartcity.base.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Seoul's 25 autonomous districts (자치구), keyed by the five-digit code that Seoul's open data uses
 * (for example {@code ADSTRD_CODE_SE}) and that boundary files carry as {@code SIG_CD}.
 */
public enum SeoulDistrict {
    JONGNO("11110", "종로구", "Jongno-gu"),
    JUNG("11140", "중구", "Jung-gu"),
    YONGSAN("11170", "용산구", "Yongsan-gu"),
    SEONGDONG("11200", "성동구", "Seongdong-gu"),
    GWANGJIN("11215", "광진구", "Gwangjin-gu"),
    DONGDAEMUN("11230", "동대문구", "Dongdaemun-gu"),
    JUNGNANG("11260", "중랑구", "Jungnang-gu"),
    SEONGBUK("11290", "성북구", "Seongbuk-gu"),
    GANGBUK("11305", "강북구", "Gangbuk-gu"),
    DOBONG("11320", "도봉구", "Dobong-gu"),
    NOWON("11350", "노원구", "Nowon-gu"),
    EUNPYEONG("11380", "은평구", "Eunpyeong-gu"),
    SEODAEMUN("11410", "서대문구", "Seodaemun-gu"),
    MAPO("11440", "마포구", "Mapo-gu"),
    YANGCHEON("11470", "양천구", "Yangcheon-gu"),
    GANGSEO("11500", "강서구", "Gangseo-gu"),
    GURO("11530", "구로구", "Guro-gu"),
    GEUMCHEON("11545", "금천구", "Geumcheon-gu"),
    YEONGDEUNGPO("11560", "영등포구", "Yeongdeungpo-gu"),
    DONGJAK("11590", "동작구", "Dongjak-gu"),
    GWANAK("11620", "관악구", "Gwanak-gu"),
    SEOCHO("11650", "서초구", "Seocho-gu"),
    GANGNAM("11680", "강남구", "Gangnam-gu"),
    SONGPA("11710", "송파구", "Songpa-gu"),
    GANGDONG("11740", "강동구", "Gangdong-gu");

    private final String code;
    private final String nameKo;
    private final String nameEn;

    SeoulDistrict(String code, String nameKo, String nameEn) {
        this.code = code;
        this.nameKo = nameKo;
        this.nameEn = nameEn;
    }

    public String code() {
        return code;
    }

    public String nameKo() {
        return nameKo;
    }

    public String nameEn() {
        return nameEn;
    }

    public String name(Locale locale) {
        return Locale.KOREAN.getLanguage().equals(locale.getLanguage()) ? nameKo : nameEn;
    }

    public static Optional<SeoulDistrict> byCode(String code) {
        return Arrays.stream(values())
                .filter(district -> district.code.equals(code))
                .findFirst();
    }

    /** Finds a district by its Korean or English name, as feeds name them ("종로구", "Jongno-gu", "종로"). */
    public static Optional<SeoulDistrict> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip();
        return Arrays.stream(values())
                .filter(district -> district.nameKo.equals(wanted)
                        || district.nameEn.equalsIgnoreCase(wanted)
                        || district.nameKo.equals(wanted + "구"))
                .findFirst();
    }
}
