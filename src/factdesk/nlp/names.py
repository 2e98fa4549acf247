"""Common first names with their usual gender, for pronoun resolution (a hint, never proof)."""
from __future__ import annotations

_MALE = """
aaron adam adrian ahmed alan albert alejandro alex alexander ali andrew andrés angel anthony antonio
barack ben benjamin bernie bill bob brad brian bruce carl carlos charles chris christopher chuck
daniel david dennis diego donald doug douglas ed edward emmanuel enrique eric felipe fernando
francisco frank gary george gerald greg gregory harry henry hugo ian ismael jack jacob jaime james
jason javier jeb jeff jeffrey jerry jesse jim jimmy joaquín joaquin joe john jon jonathan jorge josé
jose joseph juan justin keith ken kevin larry lindsey luis marco marcelo mark martin matt matthew
michael miguel mike mitch mitt muhammad nathan neil nicholas nick olaf pablo patrick paul pedro
peter rafael ralph randy ricardo richard rick robert roberto roger ron ronald rudy ryan sam samuel
scott sean sergio stephen steve steven ted thomas tim timothy todd tom tony vicente victor vladimir
walter wayne will william xi
alberto alfonso alfredo armando arturo césar cesar cuauhtémoc eduardo emilio ernesto esteban genaro
gerardo guillermo gustavo héctor hector ignacio jesús jesus julio leonardo lorenzo manuel mario
octavio omar óscar oscar ramón ramon raúl raul rodrigo rubén ruben salvador santiago tomás tomas
mauricio adán adan efraín efrain fidel horacio joel leonel lázaro lazaro moisés moises nicolás
nicolas rigoberto saúl saul ulises gilberto rosendo clemente agustín agustin marcos felix félix
simón simon víctor edgar rené rene benito emiliano gonzalo iván ivan abraham adolfo aurelio bernardo
camilo darío dario elías elias fabián fabian federico germán isaac josué lucas mateo maximiliano
néstor nestor porfirio rogelio rolando sebastián sebastian teodoro valentín valentin luciano
marcelino arnulfo alonso gregorio ezequiel humberto jacinto
"""
_FEMALE = """
alexandria amanda amy ana andrea angela ann anna anne barbara betsy beatriz carla carmen carly
carolina caroline catherine cecilia chelsea christina christine claire claudia condoleezza cristina
deborah debbie diana donna dolores elena elizabeth ellen emily emma eva gabriela gina hillary huma
ivanka jane janet jennifer jessica jill joan josefina judith julia julie karen kamala kate katherine
kathleen kelly kellyanne kimberly laura linda lisa lucía lucia luisa lynn margaret maria mariana
marie marine martha mary megan melania michelle monica nancy natalia nicole nikki olga patricia paula
rachel rebecca rosa ruth sandra sarah sharon sonia sophia stephanie susan teresa theresa valeria
verónica veronica victoria virginia wendy xóchitl xochitl
adriana alejandra alicia citlalli guadalupe irma leticia lorena margarita mónica norma rocío rocio
silvia ximena yolanda maría elena
raquel isabel inés ines lourdes rosario marcela paola fernanda daniela valentina gloria graciela
angélica angelica karla brenda miriam ernestina araceli griselda dulce clara esperanza ofelia
alma ángela blanca elvira erika estela eugenia ivonne jimena liliana lidia maricela marisol maribel
nayeli pilar sofía sofia susana tatiana alondra
"""
GENDER_BY_FIRST_NAME = {n: "m" for n in _MALE.split()} | {n: "f" for n in _FEMALE.split()}

# Public figures the news names by surname alone ("Sheinbaum met the parents"), which the small
# English model often tags as an organization; with their gender, for "she said" after them.
# Only surnames that name one person in the news, never "Clinton" or "Sánchez".
_PUBLIC_MEN = """
trump biden obama vance rubio hegseth musk putin zelensky zelenskyy milei lula petro bukele maduro
macron netanyahu trudeau carney starmer bolsonaro boric noboa amlo ebrard harfuch noroña monreal
calderón calderon zedillo salinas|de|gortari peña|nieto lópez|obrador lopez|obrador garcía|luna
garcia|luna lópez-gatell lopez-gatell ramírez|de|la|o abbott desantis newsom
"""
_PUBLIC_WOMEN = """
sheinbaum harris pelosi ocasio-cortez noem bondi leavitt meloni merkel lagarde bachelet boluarte
xóchitl gálvez|ruiz von|der|leyen
"""
PUBLIC_FIGURES = {n.replace("|", " "): "m" for n in _PUBLIC_MEN.split()} | \
    {n.replace("|", " "): "f" for n in _PUBLIC_WOMEN.split()}


# a people as the news writes it: "Mexicans", "Americans", "Chinese"
DEMONYM_ENDINGS = ("ans", "ese")

# Bodies the news names by their initials or a short name of their own, spelled out (without
# "of", "the"): "IMF" is "the International Monetary Fund", "Banxico" the Bank of Mexico, and
# Mexico's parties go by their Spanish initials ("the PRI" is the Institutional Revolutionary
# Party). Retrieval searches by the words too (retrieval.terms); the verifier takes a sentence
# that spells a body out as naming it (verify.signals.short_names).
BODIES = {
    "IMF": "international monetary fund", "UN": "united nations", "FBI": "federal bureau investigation",
    "DEA": "drug enforcement administration", "CBP": "customs border protection",
    "ICE": "immigration customs enforcement", "CDC": "centers disease control prevention",
    "OECD": "organisation organization economic cooperation development", "WTO": "world trade organization",
    "NATO": "north atlantic treaty organization", "EU": "european union", "GDP": "gross domestic product",
    "USMCA": "united states mexico canada agreement", "WHO": "world health organization",
    "INE": "national electoral institute", "INEGI": "national statistics agency",
    "Banxico": "bank mexico", "Pemex": "petróleos mexicanos", "Conagua": "national water commission",
    "Fed": "federal reserve", "Walmex": "walmart méxico", "CFE": "federal electricity commission",
    "COMAR": "mexican commission refugee assistance", "CNDH": "national human rights commission",
    "SEDENA": "defense ministry", "CJNG": "jalisco new generation cartel",
    "PRI": "institutional revolutionary party", "PAN": "national action party", "PRD": "democratic revolution",
    "PT": "labor party", "PVEM": "green ecologist",
    "Gen": "generation",  # "Gen Z" is "Generation Z"
}


def fuller_names(name: str, names) -> list[str]:
    """The other names in `names` that end with `name`: "Pérez Ricart" -> ["Carlos Pérez Ricart"]."""
    words = name.split()
    return [other for other in names if other != name and other.split()[-len(words):] == words]


def name_bounds(text: str) -> tuple[int, int]:
    """Where the name in `text` starts and ends, without a leading "the" or a possessive:
    "the Supreme Court's" -> "Supreme Court"."""
    start, end = 0, len(text)
    if text[:4].lower() == "the " and end > 4:
        start = 4
    if text.endswith(("'s", "’s")) and end - start > 2:
        end -= 2
    return start, start + len(text[start:end].rstrip())
