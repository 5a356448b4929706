/**
 * A ListaPosPA as the files made elsewhere look (issue 11), written here from the facts in
 * docs/listapospa.md, not copied from any tool: TFS and TFR declared at 80% of the pay
 * (780,00 → 47,58 and 74,88), RecuperoSgravi, a V1 causale 7 motivo 11 with only dates and
 * PercRetribuzione, a yearly V1 of 2011 paid in 2012, and elements this app does not model at
 * several depths (with attributes, children, empty, between two D0). Valid for the rules: an
 * import then an export must give it back unchanged but for whitespace.
 */
export const FOREIGN_FILE = `<?xml version="1.0" encoding="UTF-8"?>
<DenunceMensili xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="DenunceMensili.xsd">
  <DatiMittente Tipo="1">
    <CFPersonaMittente>ACEXHN80A01H501B</CFPersonaMittente>
    <RagSocMittente>COMUNE DI ESEMPIO</RagSocMittente>
    <CFMittente>80000012346</CFMittente>
    <CFSoftwarehouse>00000000000</CFSoftwarehouse>
  </DatiMittente>
  <Azienda>
    <AnnoMeseDenuncia>2026-01</AnnoMeseDenuncia>
    <CFAzienda>80000012346</CFAzienda>
    <RagSocAzienda>COMUNE DI ESEMPIO</RagSocAzienda>
    <ListaPosPA>
      <PRGAZIENDA>00000</PRGAZIENDA>
      <CFRappresentanteFirmatario>ACEXHM80A01H501A</CFRappresentanteFirmatario>
      <PosPA>
        <D0_DenunciaIndividuale>
          <CFLavoratore>AAAAAA80A01H501R</CFLavoratore>
          <Cognome>COGNOME0</Cognome>
          <Nome>NOME0</Nome>
          <DatiSedeLavoro>
            <CodiceComune>H501</CodiceComune>
            <CAP>00100</CAP>
          </DatiSedeLavoro>
          <DatiPrevCompl Tipo="A">
            <Fondo>PERSEO</Fondo>
            <Quota>1,00</Quota>
          </DatiPrevCompl>
          <E0_PeriodoNelMese>
            <GiornoInizio>2026-01-01</GiornoInizio>
            <GiornoFine>2026-01-31</GiornoFine>
            <InquadramentoLavPA>
              <TipoImpiego>1</TipoImpiego>
              <TipoServizio>4</TipoServizio>
              <Contratto>RALN</Contratto>
              <Qualifica>056000</Qualifica>
              <RegimeFineServizio>3</RegimeFineServizio>
            </InquadramentoLavPA>
            <Gestioni>
              <GestPensionistica Origine="paghe">
                <CodGestione>2</CodGestione>
                <Imponibile>975,00</Imponibile>
                <Contributo>318,34</Contributo>
                <IndennitaVolo>0,00</IndennitaVolo>
                <StipendioTabellare>900,00</StipendioTabellare>
                <RecuperoSgravi>
                  <AnnoRif>2025</AnnoRif>
                  <MeseRif>4</MeseRif>
                  <CodiceRecupero>57</CodiceRecupero>
                  <Importo>13,54</Importo>
                </RecuperoSgravi>
                <RecuperoSgravi>
                  <AnnoRif>2025</AnnoRif>
                  <MeseRif>5</MeseRif>
                  <CodiceRecupero>57</CodiceRecupero>
                  <Importo>13,54</Importo>
                </RecuperoSgravi>
              </GestPensionistica>
              <GestPrevidenziale>
                <CodGestione>6</CodGestione>
                <ImponibileTFS>780,00</ImponibileTFS>
                <ContributoTFS>47,58</ContributoTFS>
                <ImponibileTFSEccMass>0,00</ImponibileTFSEccMass>
              </GestPrevidenziale>
              <GestCredito>
                <CodGestione>9</CodGestione>
                <Imponibile>975,00</Imponibile>
                <Contributo>3,41</Contributo>
              </GestCredito>
            </Gestioni>
          </E0_PeriodoNelMese>
        </D0_DenunciaIndividuale>
        <NotaFornitore/>
        <D0_DenunciaIndividuale>
          <CFLavoratore>AAAAAB80A01H501S</CFLavoratore>
          <Cognome>COGNOME1</Cognome>
          <Nome>NOME1</Nome>
          <E0_PeriodoNelMese>
            <GiornoInizio>2026-01-01</GiornoInizio>
            <GiornoFine>2026-01-31</GiornoFine>
            <InquadramentoLavPA>
              <TipoImpiego>1</TipoImpiego>
              <TipoServizio>4</TipoServizio>
              <RegimeFineServizio>1</RegimeFineServizio>
            </InquadramentoLavPA>
            <Gestioni>
              <GestPensionistica>
                <CodGestione>1</CodGestione>
                <Imponibile>975,00</Imponibile>
                <Contributo>321,75</Contributo>
              </GestPensionistica>
              <GestPrevidenziale>
                <CodGestione>7</CodGestione>
                <ImponibileTFR>780,00</ImponibileTFR>
                <ContributoTFR>74,88</ContributoTFR>
              </GestPrevidenziale>
              <GestCredito>
                <CodGestione>9</CodGestione>
                <Imponibile>975,00</Imponibile>
                <Contributo>3,41</Contributo>
              </GestCredito>
              <GestFutura>
                <CodGestione>12</CodGestione>
              </GestFutura>
            </Gestioni>
            <RetribTeoricaTabellareTFR>975,00</RetribTeoricaTabellareTFR>
            <RetribValutabileTFR>975,00</RetribValutabileTFR>
            <DataFineBeneficioCalamita>2026-12-31</DataFineBeneficioCalamita>
          </E0_PeriodoNelMese>
          <V1_PeriodoPrecedente CausaleVariazione="5">
            <GiornoInizio>2011-01-01</GiornoInizio>
            <GiornoFine>2011-12-31</GiornoFine>
            <InquadramentoLavPA>
              <TipoImpiego>1</TipoImpiego>
              <TipoServizio>4</TipoServizio>
            </InquadramentoLavPA>
            <Gestioni>
              <GestPensionistica>
                <CodGestione>2</CodGestione>
                <Imponibile>12000,00</Imponibile>
                <Contributo>3918,00</Contributo>
              </GestPensionistica>
            </Gestioni>
            <EnteVersante>
              <TipoContributo>1</TipoContributo>
              <CFAzienda>80000012346</CFAzienda>
              <PRGAZIENDA>00000</PRGAZIENDA>
              <Imponibile>12000,00</Imponibile>
              <Contributo>3918,00</Contributo>
              <AnnoMeseErogazione>2012-03</AnnoMeseErogazione>
              <Aliquota>2</Aliquota>
              <Annotazione lingua="it">arretrati &amp; conguagli</Annotazione>
            </EnteVersante>
          </V1_PeriodoPrecedente>
          <V1_PeriodoPrecedente CausaleVariazione="7" CodMotivoUtilizzo="11">
            <GiornoInizio>2025-11-01</GiornoInizio>
            <GiornoFine>2025-11-30</GiornoFine>
            <InquadramentoLavPA>
              <TipoImpiego>1</TipoImpiego>
              <TipoServizio>4</TipoServizio>
              <PercRetribuzione>50</PercRetribuzione>
            </InquadramentoLavPA>
          </V1_PeriodoPrecedente>
        </D0_DenunciaIndividuale>
      </PosPA>
      <AltriImportiDovuti_Z2>
        <TipoOperazione>D</TipoOperazione>
        <TipoEvento>001</TipoEvento>
        <Importo>10,00</Importo>
      </AltriImportiDovuti_Z2>
      <AltriImportiAConguaglio/>
    </ListaPosPA>
  </Azienda>
</DenunceMensili>
`;

/** The XML with the whitespace between tags removed: what "unchanged" means for a round trip. */
export const withoutLayout = (xml: string): string => xml.replace(/>\s+</g, '><').trim();
