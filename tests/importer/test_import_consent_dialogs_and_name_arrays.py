# ruff: noqa: RUF001, E501  (full-width punctuation in the Chinese dialogs read on purpose)
"""Lists as apps and small sites write them in code: a page component of one heading per
processor over "Used for:" and "Data involved:" bullets, and a screen whose policy is an array
of sections, one of them a list of bare service names."""

from __future__ import annotations

from pathlib import Path

from tests.common import imported

HEADED_PROCESSORS = """import React from 'react';

export default function Processors() {
  return (
    <main className="legal">
      <h2>Processors</h2>
      <p>Quillnest relies on the processors below to run the service for its customers.</p>
      <section className="vendor" id="larkhost">
        <h4>Larkhost Cloud</h4>
        <ul>
          <li><em>Used for:</em> Hosting and backups.</li>
          <li><em>Data involved:</em> Everything stored in workspaces.</li>
        </ul>
      </section>
      <section className="vendor" id="pingly">
        <h4>Pingly (SMS)</h4>
        <ul>
          <li><em>Used for:</em> Sign-in codes by text message.</li>
          <li><em>Data involved:</em> Phone numbers.</li>
        </ul>
      </section>
    </main>
  );
}
"""


def test_a_heading_per_processor_over_used_for_and_data_involved_bullets(
    tmp_path: Path,
) -> None:
    declarations = imported(tmp_path, "Processors.jsx", HEADED_PROCESSORS)
    assert [(d["recipient"]["name"], d["purpose"]) for d in declarations] == [
        ("Larkhost Cloud", "Hosting and backups."),
        ("Pingly (SMS)", "Sign-in codes by text message."),
    ]
    assert "Phone numbers" in str(declarations[1]["data"])


SECTIONS_SCREEN = """import React from 'react';
import { ScrollView, Text } from 'react-native';

const sections = [
  {
    heading: "What We Collect",
    paragraphs: ["Tidewell Timer keeps your timers on your phone only."],
  },
  {
    heading: "Third-Party Services",
    paragraphs: [
      "Links to the privacy policy of third-party service providers used by the app:"
    ],
    list: [
      "Quartz Ads",
      "Beaconly",
      "Nimbus Crash Reports",
      "Flockbook"
    ]
  },
  {
    heading: "Data Security",
    paragraphs: ["We value your trust in providing us your information and use acceptable means to protect it."],
    list: ["To keep the Service running;", "To understand how the Service is used."]
  }
];

export default function Policy() {
  return (
    <ScrollView>
      {sections.map((section) => (
        <Text key={section.heading}>{section.heading}</Text>
      ))}
    </ScrollView>
  );
}
"""


def test_a_sections_array_whose_list_names_the_services_one_word_names_too(
    tmp_path: Path,
) -> None:
    declarations = imported(tmp_path, "PolicyScreen.js", SECTIONS_SCREEN)
    assert [d["recipient"]["name"] for d in declarations] == [
        "Quartz Ads",
        "Beaconly",
        "Nimbus Crash Reports",
        "Flockbook",
    ]
