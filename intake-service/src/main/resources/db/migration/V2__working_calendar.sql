-- Working calendar: the years whose holidays are known, and the dates that depart from the
-- Monday–Friday week. Every day of an announced break is listed, weekend days included, so the
-- listing reads like the notice; only weekdays off and worked weekend days change the arithmetic.
-- Due-time arithmetic refuses years absent from calendar_year rather than guess.
create table calendar_year (
    year        integer primary key check (year between 2000 and 2100),
    provisional boolean not null default false,
    source      text    not null
);

create table calendar_day (
    day  date    primary key,
    year integer not null references calendar_year (year),
    kind text    not null check (kind in ('HOLIDAY', 'MAKEUP_WORKDAY')),
    name text    not null,
    check (extract(year from day) = year)
);

create index calendar_day_year on calendar_day (year);

insert into calendar_year (year, provisional, source) values
    (2023, false, 'Labour Code 2019 Art. 112 and the 2023 holiday notices; recorded from memory, verify before relying on it'),
    (2024, false, 'Labour Code 2019 Art. 112 and the 2024 holiday notices; recorded from memory, verify before relying on it'),
    (2025, false, 'Labour Code 2019 Art. 112; Tết and 30/4 swap notices 2025 (baochinhphu)'),
    (2026, false, 'Labour Code 2019 Art. 112; Official Letter 12729/VPCP-KGVX (New Year swap); Tết and National Day notices 2026 (vietnamnews 2025-10-17, sggp)'),
    (2027, true,  'Provisional: derived from Labour Code 2019 Art. 111–112 and the lunar calendar; replace when the Ministry of Home Affairs announces 2027');

insert into calendar_day (day, year, kind, name) values
    -- 2023 (historical, kept so dossiers received then can be recomputed)
    ('2023-01-01', 2023, 'HOLIDAY', 'Tết Dương lịch'),
    ('2023-01-02', 2023, 'HOLIDAY', 'Nghỉ bù Tết Dương lịch (1/1 trùng Chủ nhật)'),
    ('2023-01-20', 2023, 'HOLIDAY', 'Tết Nguyên đán Quý Mão'),
    ('2023-01-21', 2023, 'HOLIDAY', 'Tết Nguyên đán Quý Mão'),
    ('2023-01-22', 2023, 'HOLIDAY', 'Tết Nguyên đán Quý Mão'),
    ('2023-01-23', 2023, 'HOLIDAY', 'Tết Nguyên đán Quý Mão'),
    ('2023-01-24', 2023, 'HOLIDAY', 'Tết Nguyên đán Quý Mão'),
    ('2023-01-25', 2023, 'HOLIDAY', 'Tết Nguyên đán Quý Mão'),
    ('2023-01-26', 2023, 'HOLIDAY', 'Tết Nguyên đán Quý Mão'),
    ('2023-04-29', 2023, 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
    ('2023-04-30', 2023, 'HOLIDAY', 'Ngày Giải phóng miền Nam, thống nhất đất nước'),
    ('2023-05-01', 2023, 'HOLIDAY', 'Ngày Quốc tế Lao động'),
    ('2023-05-02', 2023, 'HOLIDAY', 'Nghỉ bù Giỗ Tổ Hùng Vương (trùng thứ Bảy)'),
    ('2023-05-03', 2023, 'HOLIDAY', 'Nghỉ bù 30/4 (trùng Chủ nhật)'),
    ('2023-09-01', 2023, 'HOLIDAY', 'Quốc khánh (ngày liền kề)'),
    ('2023-09-02', 2023, 'HOLIDAY', 'Quốc khánh'),
    ('2023-09-03', 2023, 'HOLIDAY', 'Nghỉ lễ Quốc khánh'),
    ('2023-09-04', 2023, 'HOLIDAY', 'Nghỉ bù Quốc khánh (2/9 trùng thứ Bảy)'),
    -- 2024 (historical)
    ('2024-01-01', 2024, 'HOLIDAY', 'Tết Dương lịch'),
    ('2024-02-08', 2024, 'HOLIDAY', 'Tết Nguyên đán Giáp Thìn'),
    ('2024-02-09', 2024, 'HOLIDAY', 'Tết Nguyên đán Giáp Thìn'),
    ('2024-02-10', 2024, 'HOLIDAY', 'Tết Nguyên đán Giáp Thìn'),
    ('2024-02-11', 2024, 'HOLIDAY', 'Tết Nguyên đán Giáp Thìn'),
    ('2024-02-12', 2024, 'HOLIDAY', 'Tết Nguyên đán Giáp Thìn'),
    ('2024-02-13', 2024, 'HOLIDAY', 'Tết Nguyên đán Giáp Thìn'),
    ('2024-02-14', 2024, 'HOLIDAY', 'Tết Nguyên đán Giáp Thìn'),
    ('2024-04-18', 2024, 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
    ('2024-04-27', 2024, 'HOLIDAY', 'Nghỉ lễ 30/4 và 1/5'),
    ('2024-04-28', 2024, 'HOLIDAY', 'Nghỉ lễ 30/4 và 1/5'),
    ('2024-04-29', 2024, 'HOLIDAY', 'Nghỉ hoán đổi (làm bù thứ Bảy 4/5/2024)'),
    ('2024-04-30', 2024, 'HOLIDAY', 'Ngày Giải phóng miền Nam, thống nhất đất nước'),
    ('2024-05-01', 2024, 'HOLIDAY', 'Ngày Quốc tế Lao động'),
    ('2024-05-04', 2024, 'MAKEUP_WORKDAY', 'Làm bù cho ngày nghỉ 29/4/2024'),
    ('2024-08-31', 2024, 'HOLIDAY', 'Nghỉ lễ Quốc khánh'),
    ('2024-09-01', 2024, 'HOLIDAY', 'Nghỉ lễ Quốc khánh'),
    ('2024-09-02', 2024, 'HOLIDAY', 'Quốc khánh'),
    ('2024-09-03', 2024, 'HOLIDAY', 'Quốc khánh (ngày liền kề)'),
    -- 2025
    ('2025-01-01', 2025, 'HOLIDAY', 'Tết Dương lịch'),
    ('2025-01-25', 2025, 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ'),
    ('2025-01-26', 2025, 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ'),
    ('2025-01-27', 2025, 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ'),
    ('2025-01-28', 2025, 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ'),
    ('2025-01-29', 2025, 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ'),
    ('2025-01-30', 2025, 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ'),
    ('2025-01-31', 2025, 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ'),
    ('2025-02-01', 2025, 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ'),
    ('2025-02-02', 2025, 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ'),
    ('2025-04-07', 2025, 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
    ('2025-04-26', 2025, 'MAKEUP_WORKDAY', 'Làm bù cho ngày nghỉ 2/5/2025'),
    ('2025-04-30', 2025, 'HOLIDAY', 'Ngày Giải phóng miền Nam, thống nhất đất nước'),
    ('2025-05-01', 2025, 'HOLIDAY', 'Ngày Quốc tế Lao động'),
    ('2025-05-02', 2025, 'HOLIDAY', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)'),
    ('2025-05-03', 2025, 'HOLIDAY', 'Nghỉ lễ 30/4 và 1/5'),
    ('2025-05-04', 2025, 'HOLIDAY', 'Nghỉ lễ 30/4 và 1/5'),
    ('2025-08-30', 2025, 'HOLIDAY', 'Nghỉ lễ Quốc khánh'),
    ('2025-08-31', 2025, 'HOLIDAY', 'Nghỉ lễ Quốc khánh'),
    ('2025-09-01', 2025, 'HOLIDAY', 'Quốc khánh (ngày liền kề)'),
    ('2025-09-02', 2025, 'HOLIDAY', 'Quốc khánh'),
    -- 2026
    ('2026-01-01', 2026, 'HOLIDAY', 'Tết Dương lịch'),
    ('2026-01-02', 2026, 'HOLIDAY', 'Nghỉ hoán đổi (làm bù thứ Bảy 10/1/2026)'),
    ('2026-01-03', 2026, 'HOLIDAY', 'Nghỉ Tết Dương lịch'),
    ('2026-01-04', 2026, 'HOLIDAY', 'Nghỉ Tết Dương lịch'),
    ('2026-01-10', 2026, 'MAKEUP_WORKDAY', 'Làm bù cho ngày nghỉ 2/1/2026'),
    ('2026-02-14', 2026, 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ'),
    ('2026-02-15', 2026, 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ'),
    ('2026-02-16', 2026, 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ'),
    ('2026-02-17', 2026, 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ'),
    ('2026-02-18', 2026, 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ'),
    ('2026-02-19', 2026, 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ'),
    ('2026-02-20', 2026, 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ'),
    ('2026-02-21', 2026, 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ'),
    ('2026-02-22', 2026, 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ'),
    ('2026-04-26', 2026, 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
    ('2026-04-27', 2026, 'HOLIDAY', 'Nghỉ bù Giỗ Tổ Hùng Vương (trùng Chủ nhật)'),
    ('2026-04-30', 2026, 'HOLIDAY', 'Ngày Giải phóng miền Nam, thống nhất đất nước'),
    ('2026-05-01', 2026, 'HOLIDAY', 'Ngày Quốc tế Lao động'),
    ('2026-05-02', 2026, 'HOLIDAY', 'Nghỉ lễ 30/4 và 1/5'),
    ('2026-05-03', 2026, 'HOLIDAY', 'Nghỉ lễ 30/4 và 1/5'),
    ('2026-08-22', 2026, 'MAKEUP_WORKDAY', 'Làm bù cho ngày nghỉ 31/8/2026'),
    ('2026-08-29', 2026, 'HOLIDAY', 'Nghỉ lễ Quốc khánh'),
    ('2026-08-30', 2026, 'HOLIDAY', 'Nghỉ lễ Quốc khánh'),
    ('2026-08-31', 2026, 'HOLIDAY', 'Nghỉ hoán đổi (làm bù thứ Bảy 22/8/2026)'),
    ('2026-09-01', 2026, 'HOLIDAY', 'Quốc khánh (ngày liền kề)'),
    ('2026-09-02', 2026, 'HOLIDAY', 'Quốc khánh'),
    -- 2027, provisional. Tết: lunar New Year is Sat 6/2/2027; the break copies 2024 (New Year also on
    -- a Saturday: Thu–Wed, 7 days, no swap); the real notice may choose other days or add a swap.
    -- Hùng Kings: lunar 10/3 Đinh Mùi = Fri 16/4/2027. 1/5 falls on Saturday, so Labour Code
    -- Art. 111(3) gives Monday 3/5 off. 2/9 is a Thursday; the adjacent day is assumed to be Friday 3/9.
    ('2027-01-01', 2027, 'HOLIDAY', 'Tết Dương lịch (dự kiến)'),
    ('2027-02-04', 2027, 'HOLIDAY', 'Tết Nguyên đán Đinh Mùi (dự kiến)'),
    ('2027-02-05', 2027, 'HOLIDAY', 'Tết Nguyên đán Đinh Mùi (dự kiến)'),
    ('2027-02-06', 2027, 'HOLIDAY', 'Tết Nguyên đán Đinh Mùi (dự kiến)'),
    ('2027-02-07', 2027, 'HOLIDAY', 'Tết Nguyên đán Đinh Mùi (dự kiến)'),
    ('2027-02-08', 2027, 'HOLIDAY', 'Tết Nguyên đán Đinh Mùi (dự kiến)'),
    ('2027-02-09', 2027, 'HOLIDAY', 'Tết Nguyên đán Đinh Mùi (dự kiến)'),
    ('2027-02-10', 2027, 'HOLIDAY', 'Tết Nguyên đán Đinh Mùi (dự kiến)'),
    ('2027-04-16', 2027, 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch, dự kiến)'),
    ('2027-04-30', 2027, 'HOLIDAY', 'Ngày Giải phóng miền Nam, thống nhất đất nước (dự kiến)'),
    ('2027-05-01', 2027, 'HOLIDAY', 'Ngày Quốc tế Lao động (dự kiến)'),
    ('2027-05-03', 2027, 'HOLIDAY', 'Nghỉ bù Quốc tế Lao động (1/5 trùng thứ Bảy, dự kiến)'),
    ('2027-09-02', 2027, 'HOLIDAY', 'Quốc khánh (dự kiến)'),
    ('2027-09-03', 2027, 'HOLIDAY', 'Quốc khánh, ngày liền kề (dự kiến)');
