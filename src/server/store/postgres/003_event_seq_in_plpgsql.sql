-- next_event_seq, the same rule in PL/pgSQL. A SQL function called from a column's default
-- is planned again at each call, about a tenth of a millisecond on every event; PL/pgSQL keeps
-- its query's plan for the connection's life.
CREATE OR REPLACE FUNCTION next_event_seq() RETURNS bigint LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    x bigint := pg_current_xact_id()::text::bigint;
BEGIN
    RETURN coalesce(
        (SELECT max(seq) + 1 FROM events WHERE seq >= x << 16 AND seq < (x + 1) << 16),
        x << 16);
END
$$;
