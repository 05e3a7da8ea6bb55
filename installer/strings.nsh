; The installer's own texts in Atelier's three languages (French is the source language).
; Windows picks the language of its user interface; French when it is none of the three.

LangString DatabaseTitle ${LANG_FRENCH} "Base de données partagée"
LangString DatabaseTitle ${LANG_DUTCH} "Gedeelde database"
LangString DatabaseTitle ${LANG_ENGLISH} "Shared database"

LangString DatabaseSubtitle ${LANG_FRENCH} "Le serveur PostgreSQL qu'utiliseront tous les utilisateurs de ce PC."
LangString DatabaseSubtitle ${LANG_DUTCH} "De PostgreSQL-server die alle gebruikers van deze pc gebruiken."
LangString DatabaseSubtitle ${LANG_ENGLISH} "The PostgreSQL server every user of this PC will use."

LangString DatabaseIntro ${LANG_FRENCH} "Si l'atelier partage une base PostgreSQL, indiquez-la ici : elle vaudra pour tous les utilisateurs Windows de ce PC. Laissez le serveur vide pour que chaque utilisateur choisisse sa base au premier démarrage."
LangString DatabaseIntro ${LANG_DUTCH} "Als de werkplaats een PostgreSQL-database deelt, geef ze hier op: ze geldt voor alle Windows-gebruikers van deze pc. Laat de server leeg zodat elke gebruiker zijn database kiest bij de eerste start."
LangString DatabaseIntro ${LANG_ENGLISH} "If the shop shares a PostgreSQL database, enter it here: it applies to every Windows user of this PC. Leave the server empty to let each user choose a database at first start."

LangString HostLabel ${LANG_FRENCH} "Serveur :"
LangString HostLabel ${LANG_DUTCH} "Server:"
LangString HostLabel ${LANG_ENGLISH} "Server:"

LangString PortLabel ${LANG_FRENCH} "Port :"
LangString PortLabel ${LANG_DUTCH} "Poort:"
LangString PortLabel ${LANG_ENGLISH} "Port:"

LangString NameLabel ${LANG_FRENCH} "Base de données :"
LangString NameLabel ${LANG_DUTCH} "Database:"
LangString NameLabel ${LANG_ENGLISH} "Database:"

LangString SiteLabel ${LANG_FRENCH} "Site de ce poste :"
LangString SiteLabel ${LANG_DUTCH} "Vestiging van deze pc:"
LangString SiteLabel ${LANG_ENGLISH} "Site of this station:"

LangString DatabaseNote ${LANG_FRENCH} "Aucun mot de passe n'est enregistré : chaque employé se connecte avec le sien."
LangString DatabaseNote ${LANG_DUTCH} "Er wordt geen wachtwoord opgeslagen: elke medewerker meldt zich aan met het zijne."
LangString DatabaseNote ${LANG_ENGLISH} "No password is stored: each employee logs in with their own."

LangString NameMissing ${LANG_FRENCH} "Indiquez le nom de la base de données (paramètre /DBNAME=)."
LangString NameMissing ${LANG_DUTCH} "Geef de naam van de database op (parameter /DBNAME=)."
LangString NameMissing ${LANG_ENGLISH} "Give the name of the database (parameter /DBNAME=)."

LangString BadPort ${LANG_FRENCH} "Le port de la base de données doit être un nombre de 1 à 65535 (paramètre /DBPORT=)."
LangString BadPort ${LANG_DUTCH} "De poort van de database moet een getal van 1 tot 65535 zijn (parameter /DBPORT=)."
LangString BadPort ${LANG_ENGLISH} "The database port must be a number from 1 to 65535 (parameter /DBPORT=)."

LangString StillRunning ${LANG_FRENCH} "Atelier est ouvert sur ce PC. Demandez aux utilisateurs de le fermer (leur saisie est gardée en brouillon), puis cliquez sur Réessayer."
LangString StillRunning ${LANG_DUTCH} "Atelier is geopend op deze pc. Vraag de gebruikers het te sluiten (hun invoer wordt als concept bewaard) en klik dan op Opnieuw."
LangString StillRunning ${LANG_ENGLISH} "Atelier is open on this PC. Ask its users to close it (their input is kept as a draft), then click Retry."

LangString UnStillRunning ${LANG_FRENCH} "Atelier est ouvert sur ce PC. Cliquez sur OK pour le fermer et le désinstaller."
LangString UnStillRunning ${LANG_DUTCH} "Atelier is geopend op deze pc. Klik op OK om het te sluiten en te verwijderen."
LangString UnStillRunning ${LANG_ENGLISH} "Atelier is open on this PC. Click OK to close and uninstall it."

LangString AskingToClose ${LANG_FRENCH} "Atelier est ouvert : demande de fermeture envoyée, attente."
LangString AskingToClose ${LANG_DUTCH} "Atelier is geopend: vraag om te sluiten verstuurd, even wachten."
LangString AskingToClose ${LANG_ENGLISH} "Atelier is open: asked it to close, waiting."

LangString Ending ${LANG_FRENCH} "Atelier ne s'est pas fermé à temps : il est arrêté."
LangString Ending ${LANG_DUTCH} "Atelier sloot niet op tijd: het wordt gestopt."
LangString Ending ${LANG_ENGLISH} "Atelier did not close in time: it is ended."

LangString SettingsWritten ${LANG_FRENCH} "Paramètres de connexion du PC écrits dans ${SETTINGS_FILE}."
LangString SettingsWritten ${LANG_DUTCH} "Verbindingsinstellingen van de pc geschreven naar ${SETTINGS_FILE}."
LangString SettingsWritten ${LANG_ENGLISH} "Machine-wide connection settings written to ${SETTINGS_FILE}."
