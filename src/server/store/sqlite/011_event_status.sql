-- The live stream (`tik watch`): each event records the ticket's status and resolution once
-- the change was made, so a stream replayed later filters and judges it as it was sent live.
-- NULL for events made before: the ticket's own are read in their place.
ALTER TABLE events ADD COLUMN status TEXT;
ALTER TABLE events ADD COLUMN resolution TEXT;
