-- A setting's closure excuses a time limit only when the setting was asked for advice from one week
-- before it closed to one week before it reopened (SEND Regulations 2014 reg 5(4)(a)-(b),
-- 10(4)(a)-(b)). The day it was asked is checked when the exception is recorded; it is kept with
-- the exception so that the record shows why the exception was lawful.
alter table time_limit_exception add column advice_asked_date date;
