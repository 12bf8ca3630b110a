-- The platform's indicators. Sources name the open data service that feeds them.
INSERT INTO indicator (code, name_ko, name_en, unit, category, source, update_minutes, disclosure, owning_department,
                       per_district, higher_is_worse, warn_at, danger_at, decimals, sort_order) VALUES
('AIR_PM25',        '초미세먼지(PM2.5)',   'Fine dust (PM2.5)',         'µg/m³',  'AIR',        'RealtimeCityAir',        60,   'PUBLIC',   'CLIMATE', TRUE,  TRUE,  35,   75,   0, 10),
('AIR_PM10',        '미세먼지(PM10)',      'Dust (PM10)',               'µg/m³',  'AIR',        'RealtimeCityAir',        60,   'PUBLIC',   'CLIMATE', TRUE,  TRUE,  80,   150,  0, 11),
('AIR_O3',          '오존',                'Ozone',                     'ppm',    'AIR',        'RealtimeCityAir',        60,   'PUBLIC',   'CLIMATE', TRUE,  TRUE,  0.09, 0.15, 3, 12),
('AIR_NO2',         '이산화질소',          'Nitrogen dioxide',          'ppm',    'AIR',        'RealtimeCityAir',        60,   'PUBLIC',   'CLIMATE', TRUE,  TRUE,  0.06, 0.2,  3, 13),
('WEATHER_TEMP',    '기온',                'Temperature',               '°C',     'AIR',        'citydata',               60,   'PUBLIC',   'CLIMATE', FALSE, TRUE,  33,   35,   1, 14),
('ROAD_SPEED',      '도심 평균 차량속도',   'Average road speed',        'km/h',   'TRANSPORT',  'citydata',               5,    'PUBLIC',   'TRAFFIC', FALSE, FALSE, 20,   15,   1, 20),
('BIKE_AVAILABLE',  '따릉이 대여 가능',     'Public bikes available',    '대',     'TRANSPORT',  'bikeList',               10,   'PUBLIC',   'TRAFFIC', TRUE,  FALSE, 50,   10,   0, 21),
('SUBWAY_WAIT',     '지하철 평균 도착 대기', 'Average subway wait',       '분',     'TRANSPORT',  'realtimeStationArrival', 5,    'PUBLIC',   'TRAFFIC', FALSE, TRUE,  6,    10,   1, 22),
('HOTSPOT_CONGESTION', '주요 장소 혼잡도', 'Hotspot congestion',        '단계',   'POPULATION', 'citydata',               5,    'PUBLIC',   'SAFETY',  FALSE, TRUE,  3,    4,   1, 30),
('LIVING_POP',      '생활인구',            'Living population',         '명',     'POPULATION', 'SPOP_LOCAL_RESD_JACHI',  1440, 'PUBLIC',   'DIGITAL', TRUE,  TRUE,  NULL, NULL, 0, 31),
('FIRE_DISPATCH',   '화재 출동(오늘)',     'Fire dispatches today',     '건',     'SAFETY',     '119 종합상황실',          10,   'PUBLIC',   'SAFETY',  FALSE, TRUE,  20,   40,   0, 1),
('DISASTER_MSG',    '재난문자(오늘)',      'Disaster messages today',   '건',     'SAFETY',     'DSSP-IF-00247',          10,   'PUBLIC',   'SAFETY',  FALSE, TRUE,  3,    6,    0, 2),
('STAFF_ON_DUTY',   '재난 대응 근무 인원', 'Emergency staff on duty',   '명',     'SAFETY',     '안전총괄실',              60,   'INTERNAL', 'SAFETY',  FALSE, FALSE, 200,  120,  0, 3),
('HANRIVER_TEMP',   '한강 수온',           'Han River water temperature', '°C',   'WATER',      'WPOSInformationTime',    60,   'PUBLIC',   'CLIMATE', FALSE, TRUE,  28,   30,   1, 40),
('WATER_SUPPLY',    '수돗물 공급량',        'Tap water supplied',        '천㎥/일', 'WATER',      '상수도사업본부',          1440, 'PUBLIC',   'CLIMATE', FALSE, TRUE,  NULL, NULL, 0, 41),
('PRICE_CPI',       '소비자물가 상승률',    'Consumer price inflation',  '%',      'PRICES',     '통계청',                  1440, 'PUBLIC',   'DIGITAL', FALSE, TRUE,  3,    5,    1, 50),
('BUDGET_EXECUTION','예산 집행률',          'Budget executed',           '%',      'FINANCES',   '재무국',                  1440, 'INTERNAL', 'DIGITAL', FALSE, FALSE, NULL, NULL, 1, 60),
('PARK_VISITORS',   '한강공원 방문객',      'Han River park visitors',   '명',     'PARKS',      '한강사업본부',            60,   'PUBLIC',   'CLIMATE', FALSE, TRUE,  NULL, NULL, 0, 70);

INSERT INTO alert_rule (indicator_code, comparison, threshold, severity) VALUES
('AIR_PM25', 'ABOVE', 75, 'CRITICAL'),
('AIR_PM10', 'ABOVE', 150, 'CRITICAL'),
('ROAD_SPEED', 'BELOW', 12, 'WARNING'),
('FIRE_DISPATCH', 'ABOVE', 40, 'WARNING');
