// The services for images taken before 18, named on the under-18 screen. Each
// fact carries where it was confirmed and when; the messages take them as
// arguments so a number or address is written once, not in four languages.

export type ServiceFact = { value: string; source: string; checked: string };

export const CHILD_FOCUS = {
  /** Free, day and night. */
  phone: {
    value: "116 000",
    source: "https://igvm-iefh.belgium.be/uk/node/53209",
    checked: "2026-11-29",
  },
  email: {
    value: "116000@childfocus.org",
    source: "https://igvm-iefh.belgium.be/uk/node/53209",
    checked: "2026-11-29",
  },
  /** The reporting point: anyone may report abuse images, anonymously; the
   *  team passes them to the Federal Police, who ask for removal. */
  site: {
    value: "childfocus.be",
    source:
      "https://childfocus.be/en/report-child-pornography ; http://www.childfocus.be/fr/exploitation-sexuelle/pornographie-enfantine/point-de-contact-civil",
    checked: "2026-11-29",
  },
} satisfies Record<string, ServiceFact>;

export const TAKE_IT_DOWN = {
  /** NCMEC's service: for images taken before 18, also when the person is an
   *  adult now; the hash is made on the device; do not download images for it. */
  site: {
    value: "takeitdown.ncmec.org",
    source: "https://takeitdown.ncmec.org/faq/",
    checked: "2026-11-29",
  },
} satisfies Record<string, ServiceFact>;
