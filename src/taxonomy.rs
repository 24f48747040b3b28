//! The incident types of TAXONOMY.md (v2), as data.

use serde::Serialize;

/// One incident type: its id, family, definition and the matching category in the schemes
/// that press-freedom monitors use.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct IncidentType {
    /// The snake_case id used everywhere (`detention`, `blocking_shutdown`, ...).
    pub id: &'static str,
    /// The family: `safety`, `liberty`, `legal`, `information`, `digital` or `property`.
    pub family: &'static str,
    /// A short human name.
    pub name: &'static str,
    /// A one-line definition.
    pub definition: &'static str,
    /// The matching category in four monitoring schemes.
    pub schemes: Schemes,
}

/// Where an incident type sits in the schemes of four monitors (`—` where it has no place).
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Schemes {
    /// Mapping Media Freedom.
    pub mapping_media_freedom: &'static str,
    /// U.S. Press Freedom Tracker.
    pub us_press_freedom_tracker: &'static str,
    /// Council of Europe Safety of Journalists Platform.
    pub coe_platform: &'static str,
    /// Adil Soz (Kazakhstan).
    pub adil_soz: &'static str,
}

macro_rules! types {
    ($( $id:literal, $family:literal, $name:literal, $def:literal, [$mmf:literal, $us:literal, $coe:literal, $adil:literal]; )*) => {
        &[ $( IncidentType {
            id: $id, family: $family, name: $name, definition: $def,
            schemes: Schemes { mapping_media_freedom: $mmf, us_press_freedom_tracker: $us, coe_platform: $coe, adil_soz: $adil },
        }, )* ]
    };
}

/// The 18 incident types, in the order of TAXONOMY.md.
pub(crate) static TYPES: &[IncidentType] = types! {
    "killing", "safety", "Killing",
        "a journalist or media worker killed, found dead, or died in custody, in connection with their work or status; accidents are excluded",
        ["Physical: killed", "Assault (fatal)", "1 physical safety", "murders"];
    "physical_attack", "safety", "Physical attack",
        "physical violence against a journalist: beating, assault, injury, attempted murder, abduction by non-state actors, sexual violence, violence by police while reporting",
        ["Physical: attack, injured", "Assault", "1 physical safety", "attacks"];
    "intimidation", "safety", "Intimidation",
        "threats, harassment, smear or hostile statements by officials, online abuse and trolling, sexual harassment, pressure on relatives, stalking, a summons or \"conversation\" meant to frighten",
        ["Verbal", "Chilling Statement", "3 harassment", "threats"];
    "detention", "liberty", "Detention",
        "deprived of liberty by the state: arrested, detained, taken to a police station, administrative arrest, pre-trial custody, house arrest, sentenced to or serving prison, forced psychiatric placement, enforced disappearance",
        ["Legal: arrest/detention/imprisonment", "Arrest / Criminal Charge", "2 detention", "detentions"];
    "travel_restriction", "liberty", "Travel restriction",
        "border stop, entry ban, deportation or expulsion of a journalist, exit ban, passport confiscated",
        ["—", "Border Stop", "3 harassment", "—"];
    "prosecution", "legal", "Prosecution",
        "the state pursues a journalist or outlet for their work or speech: criminal investigation, charges, trial, conviction, administrative-offence protocols and fines, questioning as suspect or witness",
        ["Legal: criminal charges, conviction", "Arrest / Criminal Charge", "3 judicial intimidation", "criminal and administrative accusations"];
    "civil_case", "legal", "Civil case",
        "a lawsuit or pre-trial claim by a private party or official against media (defamation, honour and dignity, damages, SLAPP), or journalists' own court challenges and their outcome",
        ["Legal: civil lawsuits, defamation", "Subpoena/Legal Order (legal case)", "3 judicial intimidation", "civil claims (honour and dignity)"];
    "restrictive_law", "legal", "Restrictive law",
        "a law, amendment, decree or regulation that restricts media work, adopted, in force or being pushed through",
        ["Legal: legal measures", "—", "5 other chilling acts", "legislation"];
    "accreditation", "legal", "Accreditation",
        "press accreditation or registration denied, revoked, suspended, delayed or restricted",
        ["Censorship: denial of accreditation", "Denial of Access (credential)", "3 denial of access", "obstruction"];
    "access_obstruction", "information", "Access obstruction",
        "journalists physically kept from doing their work: barred from events, buildings, courts or officials, prevented from filming, pushed out, hearings closed to the press",
        ["Censorship: blocked access", "Denial of Access", "3 denial of access", "obstruction of lawful professional activity"];
    "information_refusal", "information", "Information refusal",
        "requests for information refused, ignored or answered late; officials refuse to answer; \"no questions\" briefings",
        ["—", "Denial of Access", "3 denial of access", "refusal to provide information"];
    "censorship", "information", "Censorship",
        "content removed or taken down on demand, publication banned, forced retraction, prior approval demanded, editorial interference, a print run seized or a broadcast pulled",
        ["Censorship", "Prior Restraint", "5 other chilling acts", "—"];
    "blocking_shutdown", "information", "Blocking / shutdown",
        "website, app, channel or messenger blocked; internet shut down; outlet closed, suspended, liquidated or its licence revoked",
        ["Censorship", "—", "5 other chilling acts", "blocking; closure or suspension of media"];
    "surveillance", "digital", "Surveillance",
        "spyware, monitoring or interception of journalists, forced disclosure of sources or of users' identities, data-retention duties on media, orders for journalists' records",
        ["Legal: surveillance, violation of anonymity", "Subpoena / Legal Order", "5 source confidentiality", "—"];
    "digital_attack", "digital", "Digital attack",
        "DDoS, hacking or takeover of a journalist's or outlet's site or accounts, impersonation or spoof sites, mass false take-down complaints",
        ["Property: hacking/DDoS", "—", "3 harassment", "unauthorised access, DDoS"];
    "raid_seizure", "property", "Raid / seizure",
        "search of a newsroom or a journalist's home by authorities, equipment or material seized, footage deleted by force",
        ["Property: equipment", "Equipment Search or Seizure", "3 harassment", "obstruction"];
    "property_damage", "property", "Property damage",
        "a journalist's or outlet's equipment, car, office or home damaged or destroyed by anyone: broken camera, arson, vandalism",
        ["Property: equipment, other property", "Equipment Damage", "3 harassment", "attacks"];
    "economic_pressure", "property", "Economic pressure",
        "funding cut, advertisers pressured, tax inspections, asset freezes, \"foreign agent\" burdens, dismissal or forced resignation of journalists for their work, bribes",
        ["Legal: loss of employment", "—", "3 harassment", "—"];
};

/// The families, in the order of TAXONOMY.md.
pub const FAMILIES: [&str; 6] = [
    "safety",
    "liberty",
    "legal",
    "information",
    "digital",
    "property",
];

/// The 18 incident types of TAXONOMY.md, in its order.
///
/// # Examples
/// ```
/// let types = presswatch::taxonomy();
/// assert_eq!(types.len(), 18);
/// assert_eq!(types[3].id, "detention");
/// assert_eq!(types[3].family, "liberty");
/// ```
pub fn taxonomy() -> &'static [IncidentType] {
    TYPES
}

/// The index of an incident id in [`TYPES`].
pub(crate) fn index_of(id: &str) -> Option<usize> {
    TYPES.iter().position(|t| t.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_snake_case_and_families_known() {
        for (i, t) in TYPES.iter().enumerate() {
            assert!(
                t.id.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                "{}",
                t.id
            );
            assert_eq!(index_of(t.id), Some(i), "duplicate id {}", t.id);
            assert!(
                FAMILIES.contains(&t.family),
                "{} has family {}",
                t.id,
                t.family
            );
        }
        assert_eq!(TYPES.len(), 18);
    }
}
