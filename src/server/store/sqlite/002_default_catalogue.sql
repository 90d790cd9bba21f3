-- The default catalogue, after the reference support desks: a six-level priority scale with the
-- guidance a requester reads while choosing, three departments, and a category tree with codes.

INSERT INTO priorities (name, rank, label, guidance) VALUES
  ('normal', 1, 'Normal', 'Only you are affected, e.g. you alone cannot reach your site.'),
  ('medium', 2, 'Medium', 'A few people are affected, or a fix you applied does not hold.'),
  ('high', 3, 'High', 'Everyone in one city is affected, or you cannot apply the fix yourself.'),
  ('urgent', 4, 'Urgent', 'A whole country is affected and it must be solved as soon as possible.'),
  ('very-urgent', 5, 'Very urgent', 'A whole continent is affected, or your own access is blocked and your site cannot run.'),
  ('critical', 6, 'Critical', 'Nobody anywhere has access, and it is costing you business.');

INSERT INTO departments (name, label, description, position) VALUES
  ('technical-support', 'Technical support', 'Technical problems: bugs, outages, configuration.', 1),
  ('billing', 'Billing', 'Invoices, payments and anything financial.', 2),
  ('presales', 'Presales', 'Questions before becoming a customer.', 3);

INSERT INTO services (name, label, position) VALUES
  ('web-hosting', 'Web hosting', 1),
  ('cloud', 'Cloud servers', 2),
  ('dedicated', 'Dedicated servers', 3),
  ('vpn', 'VPN', 4),
  ('domains', 'Domain names', 5),
  ('email', 'E-mail', 6);

INSERT INTO categories (code, parent, label, position) VALUES
  ('1', NULL, 'Software problems', 1),
  ('1.1', '1', 'Processing delay', 2),
  ('1.2', '1', 'Payment problem', 3),
  ('1.3', '1', 'User interface problem', 4),
  ('1.4', '1', 'Error on a slip', 5),
  ('1.5', '1', 'Authentication problem', 6),
  ('1.6', '1', 'File upload or download problem', 7),
  ('1.7', '1', 'Platform unreachable', 8),
  ('1.8', '1', 'Security problem', 9),
  ('1.9', '1', 'File not received', 10),
  ('1.10', '1', 'Notification problem', 11),
  ('2', NULL, 'Hardware problems', 12),
  ('2.1', '2', 'Terminal switched off', 13),
  ('2.2', '2', 'Printing problem', 14),
  ('3', NULL, 'Network and IP problems', 15),
  ('3.1', '3', 'Connectivity problem', 16),
  ('3.2', '3', 'Performance problem', 17),
  ('3.3', '3', 'Configuration problem', 18),
  ('3.4', '3', 'Service problem', 19),
  ('3.5', '3', 'Security problem', 20),
  ('4', NULL, 'Quality of service', 21),
  ('4.1', '4', 'Processing delay', 22),
  ('4.2', '4', 'Processing error', 23),
  ('4.3', '4', 'Information request', 24),
  ('4.4', '4', 'Urgent processing request', 25),
  ('5', NULL, 'Software services', 26),
  ('5.1', '5', 'IaaS request', 27),
  ('5.2', '5', 'PaaS request', 28),
  ('5.3', '5', 'SaaS request', 29),
  ('5.4', '5', 'Account creation', 30),
  ('5.5', '5', 'Account change', 31),
  ('5.6', '5', 'Account update', 32),
  ('5.7', '5', 'Account deletion', 33),
  ('6', NULL, 'Hardware services', 34),
  ('6.1', '6', 'Data centre equipment hosting', 35),
  ('6.2', '6', 'NOC equipment hosting', 36),
  ('7', NULL, 'Network and IP services', 37),
  ('7.1', '7', 'Public IP request', 38),
  ('7.2', '7', 'Domain name creation', 39),
  ('7.3', '7', 'Site-to-site interconnection', 40),
  ('8', NULL, 'Physical access', 41),
  ('8.1', '8', 'Data centre access request', 42),
  ('8.2', '8', 'NOC access request', 43);
