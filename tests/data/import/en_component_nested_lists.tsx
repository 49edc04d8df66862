import Page from "components/page";
import A from "components/link";

export default function Vendors() {
  return (
    <Page title="Vendors">
      <h1>Acorn Notes - Vendors We Use</h1>
      <p>
        For each vendor we say what it does, what we share and link to its
        policies.{" "}
      </p>
      <ul>
        <li>
          <A href="https://beaconhost.example/">Beaconhost Compute</A> by
          Beaconhost Inc.
        </li>
        <ul>
          <li>usage: runs the service</li>
          <li>
            part of{" "}
            <A href="https://www.privacyshield.example/participant?id=42">
              us/eu privacy shield
            </A>
          </li>
        </ul>
        <li>
          <A href="https://ticketly.example/">Ticketly</A>
        </li>
        <ul>
          <li>usage: support tickets</li>
          <li>shared: name, email address</li>
          <li>
            <A href="https://ticketly.example/legal/privacy-policy/">privacy policy</A>{" "}
            and{" "}
            <A href="https://ticketly.example/legal/gdpr/">GDPR info</A>
          </li>
        </ul>
        <li>Mailreel</li>
        <ul>
          <li>usage: newsletters</li>
          <li>the service is run by Reelworks Ltd.</li>
          <li>
            <A href="https://mailreel.example/gdpr/">GDPR info</A>
          </li>
        </ul>
      </ul>
    </Page>
  );
}
