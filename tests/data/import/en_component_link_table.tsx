import ExternalLink from "../components/ExternalLink";

export default function Recipients() {
  return (
    <table>
      <thead>
        <tr>
          <Th>Recipient</Th>
          <Th>Country</Th>
          <Th>Purpose</Th>
          <Th>Privacy policy</Th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <Td><strong>Tilemark</strong></Td>
          <Td>Germany</Td>
          <Td>Map tiles</Td>
          <Td>
            <ExternalLink href="https://help.tilemark.example/privacy">
              tilemark.example/privacy
            </ExternalLink>
          </Td>
        </tr>
        <tr>
          <Td><strong>Routewise</strong></Td>
          <Td>Netherlands</Td>
          <Td>Route planning</Td>
          <Td>
            <ExternalLink href="https://routewise.example/legal/privacy">
              routewise.example/legal/privacy
            </ExternalLink>
          </Td>
        </tr>
      </tbody>
    </table>
  );
}
