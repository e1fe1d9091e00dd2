/**
 * Invented people for the demo data. Names are common given and family names drawn at random and
 * combined, so no row describes a real person. The backgrounds roughly reflect West Yorkshire's
 * population, so equality breakdowns in the demo look like an area's and not like a single group's.
 * Ethnicity labels are the ONS 2021 census categories for England and Wales.
 */

export interface Background {
  /** ONS 2021 ethnic group, as recorded when the person chose to give it. */
  ethnicity: string;
  /** Relative share of the demo population. */
  weight: number;
  /** First languages with relative weights; English is listed where most people would give it. */
  languages: readonly (readonly [string, number])[];
  maleNames: readonly string[];
  femaleNames: readonly string[];
  boyNames: readonly string[];
  girlNames: readonly string[];
  familyNames: readonly string[];
}

const BRITISH_FAMILY_NAMES = [
  "Smith", "Jones", "Taylor", "Brown", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson",
  "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Harrison", "Hughes",
  "Edwards", "Lewis", "Morgan", "Hill", "Moore", "Mitchell", "Baker", "Turner", "Parker", "Cooper",
  "Ward", "Shaw", "Holmes", "Atkinson", "Barker", "Dixon", "Pearson", "Marshall", "Lister", "Hartley",
  "Sutcliffe", "Greenwood", "Haigh", "Booth", "Bentley", "Firth", "Crowther", "Priestley",
];

const BRITISH_MALE = [
  "Daniel", "James", "Thomas", "Ryan", "Liam", "Kieran", "Lee", "Craig", "Dean", "Jamie", "Callum",
  "Jordan", "Connor", "Nathan", "Adam", "Aaron", "Jack", "Harry", "George", "Shane", "Wayne", "Gary",
  "Paul", "Stephen", "Mark", "Darren", "Reece", "Kyle", "Jake", "Luke", "Ben", "Michael", "David",
  "Christopher", "Matthew", "Andrew", "Richard", "Anthony", "Jason", "Carl", "Martin", "Kevin", "Simon",
];
const BRITISH_FEMALE = [
  "Sarah", "Emma", "Laura", "Gemma", "Kirsty", "Chloe", "Amy", "Rebecca", "Jade", "Stacey", "Nicola",
  "Leanne", "Hannah", "Sophie", "Megan", "Lauren", "Natalie", "Danielle", "Kelly",
];
const BRITISH_BOYS = ["Alfie", "Harvey", "Kai", "Logan", "Mason", "Leo", "Riley", "Charlie", "Ethan", "Oscar", "Dylan", "Tyler"];
const BRITISH_GIRLS = ["Ellie", "Lily", "Maisie", "Amelia", "Isla", "Evie", "Ruby", "Poppy", "Freya"];

export const BACKGROUNDS: readonly Background[] = [
  {
    ethnicity: "White: English, Welsh, Scottish, Northern Irish or British",
    weight: 62,
    languages: [["English", 1]],
    maleNames: BRITISH_MALE,
    femaleNames: BRITISH_FEMALE,
    boyNames: BRITISH_BOYS,
    girlNames: BRITISH_GIRLS,
    familyNames: BRITISH_FAMILY_NAMES,
  },
  {
    ethnicity: "White: Irish",
    weight: 2,
    languages: [["English", 1]],
    maleNames: ["Sean", "Patrick", "Declan", "Conor", "Niall", "Ciaran"],
    femaleNames: ["Siobhan", "Aoife", "Niamh", "Ciara"],
    boyNames: ["Cillian", "Oisin", "Conor"],
    girlNames: ["Aoife", "Niamh"],
    familyNames: ["Murphy", "O'Brien", "Kelly", "Byrne", "Doyle", "Gallagher", "Quinn", "Brennan"],
  },
  {
    ethnicity: "White: Other White",
    weight: 5,
    languages: [["Polish", 6], ["Lithuanian", 2], ["English", 2]],
    maleNames: ["Tomasz", "Piotr", "Marek", "Krzysztof", "Pawel", "Lukasz", "Tadas", "Mindaugas"],
    femaleNames: ["Agnieszka", "Joanna", "Katarzyna", "Monika"],
    boyNames: ["Jakub", "Szymon", "Kacper"],
    girlNames: ["Zuzanna", "Julia"],
    familyNames: ["Nowak", "Kowalski", "Wisniewski", "Zielinski", "Kaminski", "Lewandowski", "Kazlauskas"],
  },
  {
    ethnicity: "White: Roma",
    weight: 1.5,
    languages: [["Romanian", 3], ["Slovak", 2], ["Romani", 1]],
    maleNames: ["Florin", "Marian", "Ionut", "Lukas", "Milan"],
    femaleNames: ["Ioana", "Maria", "Jana"],
    boyNames: ["Denis", "Marek"],
    girlNames: ["Denisa", "Elena"],
    familyNames: ["Stoica", "Dumitru", "Lakatos", "Horvath", "Balog"],
  },
  {
    ethnicity: "White: Gypsy or Irish Traveller",
    weight: 0.7,
    languages: [["English", 1]],
    maleNames: ["John", "Patrick", "Tommy", "Michael"],
    femaleNames: ["Bridget", "Mary"],
    boyNames: ["Tommy", "John"],
    girlNames: ["Margaret"],
    familyNames: ["Ward", "McDonagh", "Connors", "Price"],
  },
  {
    ethnicity: "Asian, Asian British or Asian Welsh: Pakistani",
    weight: 9,
    languages: [["English", 6], ["Urdu", 2], ["Punjabi", 2], ["Pahari", 1]],
    maleNames: ["Mohammed", "Imran", "Bilal", "Tariq", "Usman", "Kamran", "Adnan", "Asif", "Zahid", "Faisal", "Hamza"],
    femaleNames: ["Aisha", "Samina", "Nadia", "Shazia", "Saima", "Rubina"],
    boyNames: ["Zain", "Ayaan", "Ibrahim", "Hamza", "Musa"],
    girlNames: ["Maryam", "Hafsa", "Aleena", "Inaya"],
    familyNames: ["Hussain", "Khan", "Ahmed", "Ali", "Akhtar", "Iqbal", "Mahmood", "Rashid", "Mirza", "Butt"],
  },
  {
    ethnicity: "Asian, Asian British or Asian Welsh: Indian",
    weight: 3,
    languages: [["English", 6], ["Punjabi", 2], ["Gujarati", 1]],
    maleNames: ["Rajesh", "Sanjay", "Amit", "Gurpreet", "Harjit", "Jaswinder", "Vikram", "Sunil"],
    femaleNames: ["Priya", "Sunita", "Manpreet", "Anita"],
    boyNames: ["Arjun", "Harjot", "Rohan"],
    girlNames: ["Simran", "Anaya"],
    familyNames: ["Patel", "Singh", "Sharma", "Gill", "Sandhu", "Mistry", "Bains"],
  },
  {
    ethnicity: "Asian, Asian British or Asian Welsh: Bangladeshi",
    weight: 1.5,
    languages: [["English", 3], ["Bengali", 2], ["Sylheti", 1]],
    maleNames: ["Abdul", "Shahid", "Rahim", "Jamal", "Sohel"],
    femaleNames: ["Fatema", "Rumana", "Shapla"],
    boyNames: ["Rayyan", "Yahya"],
    girlNames: ["Ayesha", "Sumaiya"],
    familyNames: ["Miah", "Uddin", "Rahman", "Islam", "Choudhury"],
  },
  {
    ethnicity: "Asian, Asian British or Asian Welsh: Chinese",
    weight: 0.8,
    languages: [["English", 2], ["Cantonese", 1], ["Mandarin", 1]],
    maleNames: ["Wei", "Jun", "Daniel", "Kevin"],
    femaleNames: ["Mei", "Li"],
    boyNames: ["Ryan"],
    girlNames: ["Jasmine"],
    familyNames: ["Chen", "Wong", "Li", "Zhang", "Lam"],
  },
  {
    ethnicity: "Black, Black British, Black Welsh, Caribbean or African: Caribbean",
    weight: 3,
    languages: [["English", 1]],
    maleNames: ["Marcus", "Leon", "Darnell", "Jerome", "Clifton", "Andre", "Delroy"],
    femaleNames: ["Chantelle", "Simone", "Marcia"],
    boyNames: ["Tyrese", "Kai", "Jayden"],
    girlNames: ["Nia", "Aaliyah"],
    familyNames: ["Campbell", "Francis", "Henry", "Brown", "Samuels", "Grant", "Reid", "Thomas"],
  },
  {
    ethnicity: "Black, Black British, Black Welsh, Caribbean or African: African",
    weight: 4,
    languages: [["English", 4], ["Somali", 1], ["Tigrinya", 1], ["Shona", 1], ["Yoruba", 1]],
    maleNames: ["Kwame", "Tendai", "Emeka", "Chinedu", "Abdi", "Mustafa", "Tesfay", "Kofi", "Tunde"],
    femaleNames: ["Grace", "Zainab", "Amina", "Blessing", "Ruth"],
    boyNames: ["David", "Samuel", "Abdirahman", "Tobi"],
    girlNames: ["Hodan", "Favour"],
    familyNames: ["Okafor", "Mensah", "Boateng", "Nwosu", "Abdullahi", "Mohamed", "Osman", "Moyo", "Adeyemi", "Haile"],
  },
  {
    ethnicity: "Mixed or Multiple ethnic groups: White and Black Caribbean",
    weight: 3.5,
    languages: [["English", 1]],
    maleNames: [...BRITISH_MALE.slice(0, 20), "Marcus", "Leon", "Tyrone"],
    femaleNames: BRITISH_FEMALE,
    boyNames: [...BRITISH_BOYS, "Jayden"],
    girlNames: BRITISH_GIRLS,
    familyNames: [...BRITISH_FAMILY_NAMES.slice(0, 20), "Campbell", "Francis", "Henry"],
  },
  {
    ethnicity: "Mixed or Multiple ethnic groups: White and Asian",
    weight: 1.2,
    languages: [["English", 1]],
    maleNames: ["Sami", "Adam", "Zak", "Daniel", "Kieran"],
    femaleNames: ["Yasmin", "Leila", "Sophie"],
    boyNames: ["Zayn", "Adam"],
    girlNames: ["Layla", "Sofia"],
    familyNames: ["Khan", "Hussain", "Taylor", "Walker", "Patel"],
  },
  {
    ethnicity: "Other ethnic group: Arab",
    weight: 1.2,
    languages: [["Arabic", 3], ["English", 1]],
    maleNames: ["Ahmed", "Karim", "Yusuf", "Omar", "Khalid"],
    femaleNames: ["Huda", "Rania", "Noor"],
    boyNames: ["Yusuf", "Adam"],
    girlNames: ["Noor", "Sara"],
    familyNames: ["Al-Sayed", "Haddad", "Mansour", "Saleh", "Nasser"],
  },
  {
    ethnicity: "Other ethnic group: Any other ethnic group",
    weight: 1.3,
    languages: [["Kurdish", 2], ["Farsi", 1], ["Turkish", 1], ["English", 1]],
    maleNames: ["Rebin", "Dilan", "Hemin", "Reza", "Mehmet", "Serkan"],
    femaleNames: ["Shirin", "Nazanin", "Elif"],
    boyNames: ["Aram", "Emre"],
    girlNames: ["Zara", "Elif"],
    familyNames: ["Ahmadi", "Rahimi", "Yilmaz", "Demir", "Karimi", "Mohammadi"],
  },
];

export const ACCEPTABLE_ABSENCE_NOTES = [
  "Medical appointment; evidence provided",
  "Work shift changed; told the facilitator in advance",
  "Childcare emergency; phoned before the session",
  "Unwell; phoned before the session",
  "Attending a hospital appointment",
  "Bereavement; absence agreed",
] as const;

export const UNACCEPTABLE_ABSENCE_NOTES = [
  "No contact before or after the session",
  "No reason given",
  "Said they forgot the session",
  "Did not answer follow-up calls",
] as const;

export const BEHAVIOUR_CONCERN_NOTES = [
  "Dismissive comments during group discussion; followed up after the session",
  "Raised voice at another participant; discussed after the session",
  "Left the room during the exercise and returned after ten minutes",
  "Minimised behaviour when discussing the session topic; noted for supervision",
  "Repeated mobile phone use during group work",
] as const;

export const EXCLUSION_NOTES = [
  "Asked to leave: appeared to be under the influence of alcohol",
  "Asked to leave after hostile remarks to a facilitator",
] as const;
