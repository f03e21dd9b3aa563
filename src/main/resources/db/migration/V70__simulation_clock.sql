-- simulation profile only: where the rehearsal's engine clock stands, so that a restart resumes it
-- (the clock only moves forward), and the contractflow.simulation.start setting it was started
-- with (a restart with the same setting resumes instead of being refused). One row, id = 1.
create table cf_simulation_clock (
    id             integer                  primary key,
    position_at    timestamp with time zone not null,
    start_setting  varchar(64)
);
