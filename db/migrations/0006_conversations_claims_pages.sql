CREATE TABLE `answer_feedback` (
	`answer_id` text NOT NULL,
	`user_id` text NOT NULL,
	`rating` text NOT NULL,
	`reason` text,
	`comment` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`answer_id`, `user_id`),
	FOREIGN KEY (`answer_id`) REFERENCES `answers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `answer_feedback_created_idx` ON `answer_feedback` (`created_at`);--> statement-breakpoint
CREATE TABLE `conversations` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`title` text NOT NULL,
	`summary` text,
	`summary_turns` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `conversations_user_updated_idx` ON `conversations` (`user_id`,`updated_at`);--> statement-breakpoint
CREATE TABLE `document_pages` (
	`document_id` text NOT NULL,
	`page` integer NOT NULL,
	`label` text,
	`ocr` integer DEFAULT false NOT NULL,
	`text` text NOT NULL,
	`blocks` text NOT NULL,
	PRIMARY KEY(`document_id`, `page`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `answer_sources` ADD `passage_page` integer;--> statement-breakpoint
ALTER TABLE `answer_sources` ADD `passage_start` integer;--> statement-breakpoint
ALTER TABLE `answer_sources` ADD `passage_end` integer;--> statement-breakpoint
ALTER TABLE `answers` ADD `conversation_id` text REFERENCES conversations(id) ON DELETE cascade;--> statement-breakpoint
ALTER TABLE `answers` ADD `user_id` text;--> statement-breakpoint
ALTER TABLE `answers` ADD `search_query` text;--> statement-breakpoint
ALTER TABLE `answers` ADD `claims` text;--> statement-breakpoint
ALTER TABLE `answers` ADD `replaces_answer_id` text;--> statement-breakpoint
CREATE INDEX `answers_conversation_idx` ON `answers` (`conversation_id`,`created_at`);