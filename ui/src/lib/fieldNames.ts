// The names of the fields a request can have, as runtime lists. Written as
// records keyed by the Rust types, so svelte-check fails when Rust adds a
// name that is missing here (and the locale test checks each has a label).

import type { Element } from "../bindings/Element";
import type { FormField } from "../bindings/FormField";

const elements: Record<Element, true> = {
  exact_urls: true,
  explanation: true,
  notifier_name: true,
  notifier_email: true,
  bona_fide_statement: true,
  signature: true,
  non_consent_statement: true,
  contact_information: true,
  copyrighted_work: true,
  unauthorised_use_statement: true,
  perjury_statement: true,
  erasure_ground: true,
  other_controllers: true,
  one_month_deadline: true,
  complaint_right: true,
  country_of_residence: true,
  depicted_person: true,
  not_paid: true,
};

const formFields: Record<FormField, true> = {
  content_urls: true,
  search_result_urls: true,
  search_terms: true,
  full_name: true,
  depicted_legal_name: true,
  email: true,
  country: true,
  description: true,
  relationship: true,
  consent_statement: true,
  good_faith_statement: true,
  signature: true,
  video_timestamp: true,
  reported_username: true,
  own_username: true,
  screenshots: true,
  id_document: true,
  decryption_key: true,
  service: true,
  concern_type: true,
  case_number: true,
};

export const ELEMENTS = Object.keys(elements) as Element[];
export const FORM_FIELDS = Object.keys(formFields) as FormField[];
