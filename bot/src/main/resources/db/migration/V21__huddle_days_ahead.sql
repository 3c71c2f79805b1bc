-- How far ahead a team's morning huddle announces maturities, birthdays and anniversaries.
alter table huddle_settings add column maturity_days int not null default 30;
alter table huddle_settings add column birthday_days int not null default 7;
alter table huddle_settings add column anniversary_days int not null default 7;
