CREATE TABLE `import_batches` (
	`id` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`origin` text NOT NULL,
	`total` integer DEFAULT 0 NOT NULL,
	`skipped` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`finished_at` integer
);
--> statement-breakpoint
CREATE TABLE `watched_files` (
	`root` text NOT NULL,
	`relative_path` text NOT NULL,
	`content_hash` text NOT NULL,
	`document_id` text,
	`seen_at` integer NOT NULL,
	PRIMARY KEY(`root`, `relative_path`)
);
--> statement-breakpoint
ALTER TABLE `documents` ADD `error_reason` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `source_key` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `documents` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `documents` ADD `superseded_by` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `effective_date` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `ocr_pages` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `documents` ADD `batch_id` text;--> statement-breakpoint
CREATE INDEX `documents_source_key_idx` ON `documents` (`source_key`,`version`);--> statement-breakpoint
CREATE INDEX `documents_batch_idx` ON `documents` (`batch_id`);--> statement-breakpoint
ALTER TABLE `jobs` ADD `started_at` integer;--> statement-breakpoint
ALTER TABLE `jobs` ADD `finished_at` integer;