"use client";

import { useId } from "react";
import type { CollectionSummary } from "@/lib/access/collections/list-collections";

interface CollectionPickerProps {
  collections: CollectionSummary[];
  value: string;
  onChange: (collectionId: string) => void;
}

/** Which collection new uploads go into; only collections the user may add documents to are offered. */
export function CollectionPicker({ collections, value, onChange }: CollectionPickerProps) {
  const id = useId();
  return (
    <div className="collection-picker">
      <label htmlFor={id} className="field-label">
        Upload into collection
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        data-testid="upload-collection"
      >
        {collections.map((collection) => (
          <option key={collection.id} value={collection.id}>
            {collection.name}
          </option>
        ))}
      </select>
    </div>
  );
}
