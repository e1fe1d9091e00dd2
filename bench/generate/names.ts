import { BACKGROUNDS, type Background } from "../../src/seed/names.js";
import type { SeededRandom } from "../../src/seed/random.js";

/**
 * The demo seed's backgrounds (ethnicity, languages, given names), with many more invented-combination
 * family names so that, over 100,000 people, a family name is shared by a few hundred at most: a name
 * search ("Sm", "Kh", "O'") then returns tens to hundreds of rows, as it would in a real region.
 */

const MORE_BRITISH = [
  "Allen", "Armitage", "Ashworth", "Bailey", "Bamford", "Barnes", "Barrett", "Bates", "Beaumont", "Bell",
  "Bennett", "Binns", "Birch", "Blackburn", "Bottomley", "Bradley", "Bramley", "Briggs", "Broadbent", "Brook",
  "Brooke", "Butler", "Butterworth", "Carter", "Chapman", "Clark", "Clayton", "Cole", "Collins", "Cook",
  "Cox", "Crossley", "Dawson", "Day", "Dean", "Denton", "Dobson", "Duffy", "Dyson", "Eastwood",
  "Ellis", "Evans", "Fawcett", "Fenton", "Fisher", "Fletcher", "Foster", "Fox", "Gibson", "Goodall",
  "Graham", "Gray", "Hague", "Hamer", "Hanson", "Hardy", "Harper", "Harris", "Hartley", "Haworth",
  "Hebden", "Hepworth", "Hey", "Hinchliffe", "Hirst", "Hodgson", "Holdsworth", "Holroyd", "Hopkinson", "Horsfall",
  "Howard", "Hudson", "Hunt", "Ibbotson", "Illingworth", "Ingham", "Jagger", "James", "Jenkins", "Jennings",
  "Kay", "Kelly", "Kendall", "Kennedy", "Kershaw", "Kilner", "King", "Knight", "Lamb", "Lawson",
  "Lee", "Lockwood", "Lofthouse", "Lord", "Lumb", "Mann", "Marsden", "Martin", "Mason", "Matthews",
  "Metcalfe", "Midgley", "Mills", "Milner", "Moorhouse", "Morris", "Moss", "Murray", "Naylor", "Newton",
  "Nicholson", "Noble", "Nutter", "Oates", "Oldroyd", "Outhwaite", "Owen", "Palmer", "Parkin", "Patterson",
  "Payne", "Peel", "Pickles", "Porter", "Potts", "Pratt", "Preston", "Price", "Ramsden", "Redfearn",
  "Reynolds", "Rhodes", "Richardson", "Riley", "Robertson", "Rogers", "Rowley", "Rushworth", "Russell", "Sanderson",
  "Saunders", "Scott", "Senior", "Sharp", "Simpson", "Slater", "Shepherd", "Sellers", "Stanley", "Storey",
  "Spencer", "Stansfield", "Stead", "Stephenson", "Stevens", "Stewart", "Stocks", "Stott", "Sugden", "Swift",
  "Sykes", "Tattersall", "Taylorson", "Thornton", "Tomlinson", "Townend", "Tucker", "Varley", "Wade", "Wainwright",
  "Walsh", "Walton", "Warburton", "Ward", "Waterhouse", "Watson", "Webb", "Webster", "Wells", "Whitaker",
  "Whiteley", "Wilkinson", "Williams", "Williamson", "Wilde", "Womersley", "Woodhead", "Wormald", "Young", "Yates",
];

const MORE_PAKISTANI = [
  "Shah", "Qureshi", "Malik", "Riaz", "Aslam", "Bashir", "Javed", "Nawaz", "Rafiq", "Sadiq",
  "Zaman", "Anwar", "Arshad", "Saleem", "Yousaf", "Latif", "Hanif", "Karim", "Majid", "Siddique",
  "Chaudhry", "Raja", "Abbasi", "Hameed", "Younis", "Sabir",
];

const MORE: Record<string, readonly string[]> = {
  "White: English, Welsh, Scottish, Northern Irish or British": MORE_BRITISH,
  "White: Irish": ["O'Connor", "O'Neill", "O'Sullivan", "Ryan", "Walsh", "McCarthy", "Kennedy", "Lynch", "Dunne", "Nolan", "Fitzgerald", "Keane", "Healy", "Farrell", "Carroll", "Daly"],
  "White: Other White": ["Wojcik", "Kowalczyk", "Mazur", "Krawczyk", "Jankowski", "Petrauskas", "Jankauskas", "Popescu", "Novak", "Dvorak"],
  "Asian, Asian British or Asian Welsh: Pakistani": MORE_PAKISTANI,
  "Asian, Asian British or Asian Welsh: Indian": ["Kaur", "Dhillon", "Sidhu", "Grewal", "Chauhan", "Joshi", "Desai", "Parmar", "Rai", "Virdee"],
  "Asian, Asian British or Asian Welsh: Bangladeshi": ["Begum", "Hoque", "Alom", "Ahmed", "Chowdhury", "Khatun"],
  "Black, Black British, Black Welsh, Caribbean or African: Caribbean": ["Lewis", "Williams", "Clarke", "Johnson", "Edwards", "Bailey", "Morgan"],
  "Black, Black British, Black Welsh, Caribbean or African: African": ["Okonkwo", "Adebayo", "Owusu", "Asante", "Ndlovu", "Dlamini", "Ali", "Hassan", "Tesfaye", "Kamara"],
  "Other ethnic group: Any other ethnic group": ["Hosseini", "Sadeghi", "Kaya", "Celik", "Aziz", "Omar"],
};

export const BENCH_BACKGROUNDS: readonly Background[] = BACKGROUNDS.map((b) => ({
  ...b,
  familyNames: [...new Set([...b.familyNames, ...(MORE[b.ethnicity] ?? [])])],
}));

const WEIGHTED = BENCH_BACKGROUNDS.map((b) => [b, b.weight] as const);

export const pickBackground = (rng: SeededRandom): Background => rng.weighted(WEIGHTED);

/** Given names for an adult of the recorded sex (either list when it is neither), or a child. */
export function givenName(rng: SeededRandom, background: Background, female: boolean, child: boolean): string {
  const pool = child ? (female ? background.girlNames : background.boyNames) : female ? background.femaleNames : background.maleNames;
  return rng.pick(pool);
}
