-- The indicator catalogue becomes data that data stewards and departments edit (feature: citystatus).
-- The 18 indicators of V4 stay where they are, with every observation; the fixed category list becomes the table
-- indicator_area, every indicator gains the metadata a public number carries, and every change is kept.

CREATE TABLE indicator_area (
    code       VARCHAR(24) PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,23}$'),
    name_ko    TEXT        NOT NULL,
    name_en    TEXT        NOT NULL,
    -- the EU data theme (publications.europa.eu/resource/authority/data-theme) of the open data catalogue
    eu_theme   VARCHAR(8)  NOT NULL,
    sort_order INTEGER     NOT NULL DEFAULT 100,
    retired    BOOLEAN     NOT NULL DEFAULT FALSE
);

INSERT INTO indicator_area (code, name_ko, name_en, eu_theme, sort_order) VALUES
('SAFETY',     '재난·안전',   'Disasters and safety',  'JUST', 10),
('TRANSPORT',  '교통',        'Transport',             'TRAN', 20),
('AIR',        '환경·대기',   'Environment and air',   'ENVI', 30),
('WATER',      '수자원',      'Water',                 'ENVI', 40),
('PRICES',     '물가',        'Prices',                'ECON', 50),
('FINANCES',   '재정',        'Finances',              'GOVE', 60),
('PARKS',      '공원·둘레길', 'Parks and trails',      'ENVI', 70),
('POPULATION', '인구',        'Population',            'SOCI', 80),
('ECONOMY',    '산업·경제',   'Industry and economy',  'ECON', 90),
('CULTURE',    '문화',        'Culture',               'EDUC', 100);

ALTER TABLE indicator DROP CONSTRAINT IF EXISTS indicator_category_check;
ALTER TABLE indicator RENAME COLUMN category TO area;
ALTER TABLE indicator ADD CONSTRAINT indicator_area_known FOREIGN KEY (area) REFERENCES indicator_area (code);
ALTER TABLE indicator ALTER COLUMN source SET DEFAULT '';

ALTER TABLE indicator
    ADD COLUMN summary_ko         TEXT,
    ADD COLUMN summary_en         TEXT,
    ADD COLUMN description_ko     TEXT,
    ADD COLUMN description_en     TEXT,
    ADD COLUMN use_case_ko        TEXT,
    ADD COLUMN use_case_en        TEXT,
    ADD COLUMN source_system      TEXT,
    ADD COLUMN dataset_url        TEXT CHECK (dataset_url IS NULL OR dataset_url ~ '^https?://'),
    ADD COLUMN contributors       TEXT,
    ADD COLUMN time_range         TEXT,
    ADD COLUMN licence            TEXT,
    ADD COLUMN retired            BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN retired_at         TIMESTAMPTZ,
    ADD COLUMN retired_by         TEXT,
    -- a request to make the indicator PUBLIC, waiting for a second person
    ADD COLUMN pending_disclosure VARCHAR(16) CHECK (pending_disclosure IN ('PUBLIC')),
    ADD COLUMN pending_by         TEXT,
    ADD COLUMN pending_at         TIMESTAMPTZ,
    ADD COLUMN version            INTEGER     NOT NULL DEFAULT 1,
    ADD COLUMN updated_by         TEXT,
    ADD COLUMN updated_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    ADD CONSTRAINT indicator_pending_has_requester
        CHECK (pending_disclosure IS NULL OR (pending_by IS NOT NULL AND pending_at IS NOT NULL));

-- Every change of an indicator: the whole editable record before and after, as the history screen compares them.
CREATE TABLE indicator_change (
    id             BIGSERIAL PRIMARY KEY,
    indicator_code VARCHAR(48) NOT NULL REFERENCES indicator (code),
    version        INTEGER     NOT NULL,
    kind           VARCHAR(24) NOT NULL CHECK (kind IN ('CREATED', 'UPDATED', 'RETIRED', 'DISCLOSURE_REQUESTED',
                                                        'DISCLOSURE_APPROVED', 'DISCLOSURE_REJECTED')),
    changed_by     TEXT        NOT NULL,
    changed_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    before         JSONB,
    after          JSONB,
    UNIQUE (indicator_code, version)
);

-- What every public number carries: what it is, how it is used, where it comes from, who made it, the licence.
UPDATE indicator SET summary_ko = v.summary_ko, summary_en = v.summary_en, description_ko = v.description_ko,
                     description_en = v.description_en, use_case_ko = v.use_case_ko, use_case_en = v.use_case_en,
                     source_system = v.source_system, dataset_url = v.dataset_url, contributors = v.contributors,
                     time_range = v.time_range, licence = v.licence
FROM (VALUES
('AIR_PM25', '자치구별 초미세먼지(PM2.5) 농도', 'Fine dust (PM2.5) concentration per district',
 '서울시 도시대기측정소 25곳에서 한 시간마다 측정한 지름 2.5㎛ 이하 초미세먼지의 농도입니다. 35㎍/㎥부터 나쁨, 75㎍/㎥부터 매우 나쁨입니다.',
 'Hourly concentration of particles up to 2.5 µm measured at the 25 urban air monitoring stations of Seoul. From 35 µg/m³ it is bad, from 75 µg/m³ very bad.',
 '미세먼지 경보와 야외 활동 안내, 저감 조치 결정에 씁니다.', 'Used for dust alerts, advice on outdoor activity and decisions on reduction measures.',
 '서울 열린데이터광장 RealtimeCityAir (서울시 대기환경정보)', 'https://data.seoul.go.kr/dataList/OA-2219/S/1/datasetView.do',
 '기후환경본부, 서울시 보건환경연구원', '실시간, 1시간 간격', '공공누리 제1유형 (출처표시)'),
('AIR_PM10', '자치구별 미세먼지(PM10) 농도', 'Dust (PM10) concentration per district',
 '서울시 도시대기측정소에서 한 시간마다 측정한 지름 10㎛ 이하 미세먼지의 농도입니다. 80㎍/㎥부터 나쁨, 150㎍/㎥부터 매우 나쁨입니다.',
 'Hourly concentration of particles up to 10 µm measured at the urban air monitoring stations. From 80 µg/m³ it is bad, from 150 µg/m³ very bad.',
 '미세먼지 주의보·경보 발령과 시민 안내에 씁니다.', 'Used to issue dust advisories and warnings and to inform citizens.',
 '서울 열린데이터광장 RealtimeCityAir (서울시 대기환경정보)', 'https://data.seoul.go.kr/dataList/OA-2219/S/1/datasetView.do',
 '기후환경본부, 서울시 보건환경연구원', '실시간, 1시간 간격', '공공누리 제1유형 (출처표시)'),
('AIR_O3', '자치구별 오존 농도', 'Ozone concentration per district',
 '도시대기측정소에서 측정한 오존의 시간 평균 농도입니다. 0.12ppm 이상이면 오존주의보가 발령됩니다.',
 'Hourly mean ozone concentration at the urban air monitoring stations. An ozone advisory is issued from 0.12 ppm.',
 '오존주의보 발령과 여름철 건강 안내에 씁니다.', 'Used for ozone advisories and summer health advice.',
 '서울 열린데이터광장 RealtimeCityAir (서울시 대기환경정보)', 'https://data.seoul.go.kr/dataList/OA-2219/S/1/datasetView.do',
 '기후환경본부, 서울시 보건환경연구원', '실시간, 1시간 간격', '공공누리 제1유형 (출처표시)'),
('AIR_NO2', '자치구별 이산화질소 농도', 'Nitrogen dioxide concentration per district',
 '도시대기측정소에서 측정한 이산화질소의 시간 평균 농도입니다. 주로 자동차 배출가스에서 나옵니다.',
 'Hourly mean nitrogen dioxide concentration at the urban air monitoring stations; it comes mostly from road traffic.',
 '교통 배출 관리와 녹색교통지역 정책 평가에 씁니다.', 'Used to manage traffic emissions and to evaluate the green transport zone.',
 '서울 열린데이터광장 RealtimeCityAir (서울시 대기환경정보)', 'https://data.seoul.go.kr/dataList/OA-2219/S/1/datasetView.do',
 '기후환경본부, 서울시 보건환경연구원', '실시간, 1시간 간격', '공공누리 제1유형 (출처표시)'),
('WEATHER_TEMP', '서울 도심 기온', 'Air temperature in central Seoul',
 '서울시 실시간 도시데이터가 주요 장소에서 알려 주는 기온입니다. 33℃부터 폭염주의보 수준입니다.',
 'Air temperature reported by Seoul real-time city data at its hotspots. From 33 °C it reaches heat advisory level.',
 '폭염 대응과 무더위쉼터 운영 판단에 씁니다.', 'Used for heat-wave response and to decide on opening cooling shelters.',
 '서울 열린데이터광장 citydata (서울시 실시간 도시데이터)', 'https://data.seoul.go.kr/dataList/OA-21285/A/1/datasetView.do',
 '기후환경본부', '실시간, 1시간 간격', '공공누리 제1유형 (출처표시)'),
('ROAD_SPEED', '도심 도로 평균 차량속도', 'Average road speed in the city centre',
 '서울시 실시간 도시데이터의 도로 소통 정보로 계산한 도심 도로의 평균 주행 속도입니다. 낮을수록 막힙니다.',
 'Average driving speed on central roads from the road traffic data of Seoul real-time city data; the lower, the more congested.',
 '교통 혼잡 대응과 교통 정책 평가에 씁니다.', 'Used to respond to congestion and to evaluate transport policy.',
 '서울 열린데이터광장 citydata (서울시 실시간 도시데이터)', 'https://data.seoul.go.kr/dataList/OA-21285/A/1/datasetView.do',
 '도시교통실', '실시간, 5분 간격', '공공누리 제1유형 (출처표시)'),
('BIKE_AVAILABLE', '따릉이 대여 가능 자전거 수', 'Public bikes (Ddareungi) available',
 '따릉이 대여소마다 지금 빌릴 수 있는 자전거 수를 자치구별로 더한 값입니다.',
 'Bikes that can be rented now at the Ddareungi stations, added up per district.',
 '자전거 재배치와 대여소 확충 계획에 씁니다.', 'Used to redistribute bikes and to plan new stations.',
 '서울 열린데이터광장 bikeList (서울시 공공자전거 실시간 대여정보)', 'https://data.seoul.go.kr/dataList/OA-15493/A/1/datasetView.do',
 '도시교통실, 서울시설공단', '실시간, 10분 간격', '공공누리 제1유형 (출처표시)'),
('SUBWAY_WAIT', '지하철 평균 도착 대기시간', 'Average subway wait',
 '실시간 지하철 도착 정보로 계산한 주요 역의 다음 열차까지 평균 대기시간입니다.',
 'Average wait for the next train at major stations, from real-time subway arrival data.',
 '지하철 운행 지연 파악과 시민 안내에 씁니다.', 'Used to detect subway delays and to inform riders.',
 '서울 열린데이터광장 realtimeStationArrival (지하철 실시간 도착정보)', NULL,
 '도시교통실, 서울교통공사', '실시간, 5분 간격', '공공누리 제1유형 (출처표시)'),
('HOTSPOT_CONGESTION', '주요 장소 인파 혼잡도', 'Crowding at hotspots',
 '서울시 실시간 도시데이터가 알려 주는 주요 장소의 인구 혼잡 단계(1 여유 ~ 4 붐빔)의 평균입니다.',
 'Mean crowding level (1 relaxed to 4 crowded) at the hotspots reported by Seoul real-time city data.',
 '인파 밀집 사고 예방과 현장 안전관리에 씁니다.', 'Used to prevent crowd crushes and to manage safety on site.',
 '서울 열린데이터광장 citydata (서울시 실시간 도시데이터)', 'https://data.seoul.go.kr/dataList/OA-21285/A/1/datasetView.do',
 '안전총괄실', '실시간, 5분 간격', '공공누리 제1유형 (출처표시)'),
('LIVING_POP', '자치구별 생활인구', 'Living population per district',
 '통신 데이터와 공공 빅데이터로 추계한, 특정 시점에 자치구에 머무는 사람의 수입니다.',
 'People present in a district at a given time, estimated from telecom and public big data.',
 '행정 수요 예측과 시설 배치 계획에 씁니다.', 'Used to forecast demand for services and to plan facilities.',
 '서울 열린데이터광장 SPOP_LOCAL_RESD_JACHI (서울 생활인구 자치구 단위)', 'https://data.seoul.go.kr/dataList/OA-14991/S/1/datasetView.do',
 '디지털정책관, KT', '일 단위 (1일 간격)', '공공누리 제1유형 (출처표시)'),
('FIRE_DISPATCH', '오늘 화재 출동 건수', 'Fire dispatches today',
 '서울종합방재센터가 오늘 0시부터 지령한 화재 출동 건수입니다.',
 'Fire dispatches ordered by the Seoul integrated disaster prevention centre since midnight.',
 '소방력 배치와 재난 상황 판단에 씁니다.', 'Used to deploy fire crews and to judge the disaster situation.',
 '119 종합상황실', NULL, '소방재난본부', '오늘 0시부터, 10분 간격', '공공누리 제1유형 (출처표시)'),
('DISASTER_MSG', '오늘 서울 재난문자 발송 건수', 'Disaster text messages sent today',
 '행정안전부 재난문자 서비스로 오늘 서울 지역에 보낸 재난문자의 건수입니다.',
 'Disaster text messages sent to Seoul today through the national disaster messaging service.',
 '재난 상황 파악과 시민 안내 점검에 씁니다.', 'Used to follow disasters and to check how citizens were informed.',
 '행정안전부 재난안전데이터공유플랫폼 (DSSP-IF-00247)', NULL, '안전총괄실', '오늘 0시부터, 10분 간격',
 '공공누리 제1유형 (출처표시)'),
('STAFF_ON_DUTY', '재난 대응 근무 인원', 'Emergency staff on duty',
 '지금 재난 대응 근무에 들어가 있는 서울시 직원 수입니다. 내부 관리용입니다.',
 'Staff of the city on emergency duty now; for internal use.',
 '비상 근무 체계가 충분한지 판단하는 데 씁니다.', 'Used to judge whether emergency staffing is sufficient.',
 '안전총괄실', NULL, '안전총괄실', '실시간, 1시간 간격', NULL),
('HANRIVER_TEMP', '한강 수온', 'Han River water temperature',
 '한강 수질자동측정소에서 측정한 수온입니다.', 'Water temperature measured at the automatic water quality stations on the Han River.',
 '녹조 예방과 수질 관리, 한강 레저 안내에 씁니다.', 'Used to prevent algal blooms, to manage water quality and to inform river leisure.',
 '서울 열린데이터광장 WPOSInformationTime (서울시 한강 수질 자동측정 정보)', 'https://data.seoul.go.kr/dataList/OA-15488/S/1/datasetView.do',
 '기후환경본부, 서울시 보건환경연구원', '실시간, 1시간 간격', '공공누리 제1유형 (출처표시)'),
('WATER_SUPPLY', '하루 수돗물 공급량', 'Tap water supplied per day',
 '아리수 정수센터가 하루 동안 공급한 수돗물의 양(천㎥)입니다.', 'Tap water supplied by the Arisu purification centres in a day (thousand m³).',
 '수돗물 수요 관리와 가뭄 대비에 씁니다.', 'Used to manage demand for tap water and to prepare for droughts.',
 '상수도사업본부', NULL, '상수도사업본부', '일 단위', '공공누리 제1유형 (출처표시)'),
('PRICE_CPI', '서울 소비자물가 상승률', 'Consumer price inflation in Seoul',
 '서울의 소비자물가지수가 1년 전 같은 달보다 오른 비율입니다.', 'Rise of the consumer price index in Seoul against the same month a year before.',
 '민생 물가 대책과 경제 정책 판단에 씁니다.', 'Used for cost-of-living measures and economic policy.',
 '통계청 소비자물가조사', NULL, '통계청, 디지털정책관', '월 단위', '공공누리 제1유형 (출처표시)'),
('BUDGET_EXECUTION', '예산 집행률', 'Budget executed',
 '올해 서울시 예산 가운데 지금까지 집행한 비율입니다. 내부 관리용입니다.', 'Share of this year''s city budget spent so far; for internal use.',
 '재정 집행 점검과 하반기 예산 조정에 씁니다.', 'Used to follow spending and to adjust the budget in the second half.',
 '재무국 지방재정관리시스템', NULL, '재무국', '일 단위', NULL),
('PARK_VISITORS', '한강공원 방문객 수', 'Han River park visitors',
 '11개 한강공원의 출입 계수기로 센 방문객 수입니다.', 'Visitors counted at the entrances of the 11 Han River parks.',
 '공원 안전관리와 편의시설 운영에 씁니다.', 'Used for park safety and to run amenities.',
 '한강사업본부', NULL, '한강사업본부', '실시간, 1시간 간격', '공공누리 제1유형 (출처표시)')
) AS v (code, summary_ko, summary_en, description_ko, description_en, use_case_ko, use_case_en, source_system,
        dataset_url, contributors, time_range, licence)
WHERE indicator.code = v.code;

UPDATE indicator SET updated_by = 'migration', updated_at = now();

-- The history of each indicator starts with the catalogue as it was taken over.
INSERT INTO indicator_change (indicator_code, version, kind, changed_by, before, after)
SELECT code, 1, 'CREATED', 'migration', NULL, jsonb_build_object(
    'code', code, 'nameKo', name_ko, 'nameEn', name_en, 'unit', unit, 'area', area,
    'owningDepartment', owning_department, 'disclosure', disclosure, 'pendingDisclosure', pending_disclosure,
    'source', source, 'updateMinutes', update_minutes::text, 'perDistrict', per_district::text,
    'higherIsWorse', higher_is_worse::text, 'warnAt', warn_at::text, 'dangerAt', danger_at::text,
    'decimals', decimals::text, 'sortOrder', sort_order::text, 'summaryKo', summary_ko, 'summaryEn', summary_en,
    'descriptionKo', description_ko, 'descriptionEn', description_en, 'useCaseKo', use_case_ko,
    'useCaseEn', use_case_en, 'sourceSystem', source_system, 'datasetUrl', dataset_url,
    'contributors', contributors, 'timeRange', time_range, 'licence', licence, 'retired', retired::text)
FROM indicator;
