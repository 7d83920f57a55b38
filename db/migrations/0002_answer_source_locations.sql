ALTER TABLE `answer_sources` ADD `page_label` text;--> statement-breakpoint
ALTER TABLE `answer_sources` ADD `ocr` integer DEFAULT false NOT NULL;