-- Everyone met before quiet-client checks existed gets one, spread over the next week (by id, a
-- minute apart per 1/10080 of them) so an upgrade does not raise a day's burst of nudges. A check of a
-- staff member finds nothing to do and plans nothing; each client's check plans the next itself.
INSERT INTO job (kind, job_key, payload, due_at)
SELECT 'nudge-check', 'nudge:' || user_id, CAST(user_id AS TEXT),
       strftime('%Y-%m-%dT%H:%M:%S', 'now', '+' || (user_id % 10080) || ' minutes') || '.000000000Z'
FROM person
WHERE NOT EXISTS (SELECT 1 FROM job WHERE job_key = 'nudge:' || person.user_id AND status = 'pending');
