/**
 * Given names common among adults and children in England and Wales, across the communities schools serve, lower
 * case. Used only to tell a column of people's names ("Sarah Jones") from one of places or schools ("West Sussex",
 * "Oakfield Primary") when its header says nothing: a name need not be here to be withheld by its header, and a
 * name missing from here is still caught when a column is mostly distinct capitalised pairs.
 */
const LIST = `
aaliyah aaron abbie abby abdul abdullah abigail adam adrian agnieszka ahmed aidan aimee aisha alan alex alexander alexandra alfie ali
alice alicia alison amanda amber amelia amina amir amy ana andrea andrew andy angela anita anjali ann anna anne annie anthony antonio
archie arjun arthur ashley ava ayesha barbara barry beatrice becky ben benjamin beth bethany bilal billie bob brenda brian bridget bruce
caitlin callum cameron carl carla carly carol caroline carolyn catherine cerys charlie charlotte chelsea chidi chinedu chloe chris
christina christine christopher claire clare colin connor craig daisy dale daniel danielle darren dave david dawn dean debbie deborah
deepak denise dennis derek diane dominic donna dorothy dylan eddie edward eileen elaine eleanor elena elizabeth ella ellie elliot emily
emma eric erin ethan eve evelyn faisal farah fatima fiona florence frances francesca freddie freya gail gareth gary gavin gemma george
georgia geraldine gill gillian glen glenn gordon graham grace gurpreet gwen hamza hannah harjit harriet harry harvey hassan hayley
heather helen henry holly ian ibrahim imogen isaac isabel isabella isla ivan jack jackie jacob jade james jamie jan jane janet janice
jason jasmine jean jemma jennifer jenny jeremy jess jessica jill jo joan joanna joanne jodie joe joel john jon jonathan jordan joseph
josephine josh joshua joy joyce judith judy julia julian julie justin kamal karen karolina kate katherine kathleen kathryn katie katy
katarzyna kay kayleigh keith kelly kerry kevin kieran kim kirsty kwame laura lauren leah lee leo leon lesley leslie lewis liam lily
linda lindsay lisa lois lola louise lucy luke lydia lynn lynne maciej maddie madison maisie malcolm mandy marcus margaret maria marie
marion mark martin mary maryam matt matthew maureen megan melanie melissa mia michael michelle mike mohamed mohammad mohammed molly
muhammad nadia naomi natalie natasha nathan neil nicholas nicky nicola nicole nigel niamh noah nora oliver olivia oluwaseun omar oscar
owen paige pam pamela patricia patrick paul paula pauline peter petra philip phoebe phil piotr poppy priya rachel rachael rahul raj
rajesh ravi rebecca rhian rhys richard rob robert robyn rosie ross ruby rupinder russell ruth ryan sadia safiya sally sam samantha
samuel sana sandra sanjay sara sarah scarlett scott sean shabana shane sharon shaun sheila shirley siobhan simon sinead sophia sophie
stacey stella stephanie stephen steve steven stuart sue sunita susan suzanne tamsin tanya tara teresa theo theresa thomas tim timothy
tina toby tom tomasz tommy toni tony tracey tracy tunde uzma valerie vanessa vicky victoria vikram vincent wayne wendy will william
yasmin yusuf zainab zara zoe zofia
`;

const NAMES: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean));

/** True for a given name on the list above, in any case ("SARAH", "sarah", "Sarah"). */
export function isCommonGivenName(word: string): boolean {
  return NAMES.has(word.toLowerCase());
}
