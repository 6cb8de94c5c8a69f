<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../workbench/views/main_window.py" line="112" />
      <source>&lt;b&gt;Programme workbench&lt;/b&gt;&lt;br&gt;version %1</source>
      <translation>&lt;b&gt;Atelier des programmes&lt;/b&gt;&lt;br&gt;version %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="106" />
      <source>About the programme workbench</source>
      <translation>À propos de l'atelier des programmes</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="121" />
      <source>Database</source>
      <translation>Base de données</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="123" />
      <source>Log file</source>
      <translation>Fichier journal</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="125" />
      <source>Projects, displacement sites, households, livelihood grants and infrastructure works of a country office, on this computer or the office's server.</source>
      <translation>Projets, sites de déplacés, ménages, subventions de moyens de subsistance et travaux d'infrastructure d'un bureau pays, sur cet ordinateur ou sur le serveur du bureau.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="122" />
      <source>Signed in as</source>
      <translation>Connecté en tant que</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <location filename="../../workbench/views/conflict_dialog.py" line="57" />
      <source>%1 saved %2 on %3 while you were editing it.</source>
      <translation>%1 a enregistré %2 le %3 pendant que vous le modifiiez.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/conflict_dialog.py" line="60" />
      <source>%1 saved %2 while you were editing it.</source>
      <translation>%1 a enregistré %2 pendant que vous le modifiiez.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/conflict_dialog.py" line="82" />
      <source>(empty)</source>
      <translation>(vide)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/conflict_dialog.py" line="128" />
      <source>Choose a version of every field marked ⚠ first</source>
      <translation>Choisissez d'abord une version de chaque champ marqué ⚠</translation>
    </message>
    <message>
      <location filename="../../workbench/views/conflict_dialog.py" line="61" />
      <source>Choose, for each field, the version to keep. A field only one of you changed keeps that change unless you choose otherwise; fields marked ⚠ were changed by both of you.</source>
      <translation>Choisissez, pour chaque champ, la version à garder. Un champ modifié par un seul de vous deux garde cette modification, sauf si vous choisissez autrement ; les champs marqués ⚠ ont été modifiés par vous deux.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/conflict_dialog.py" line="69" />
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../../workbench/views/conflict_dialog.py" line="100" />
      <source>Keep all mine</source>
      <translation>Garder toutes les miennes</translation>
    </message>
    <message>
      <location filename="../../workbench/views/conflict_dialog.py" line="101" />
      <source>Keep all theirs</source>
      <translation>Garder toutes les siennes</translation>
    </message>
    <message>
      <location filename="../../workbench/views/conflict_dialog.py" line="104" />
      <source>Save these</source>
      <translation>Enregistrer ce choix</translation>
    </message>
    <message>
      <location filename="../../workbench/views/conflict_dialog.py" line="71" />
      <source>Saved by %1</source>
      <translation>Enregistré par %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/conflict_dialog.py" line="48" />
      <source>Saved meanwhile by someone else</source>
      <translation>Enregistré entre-temps par quelqu'un d'autre</translation>
    </message>
    <message>
      <location filename="../../workbench/views/conflict_dialog.py" line="70" />
      <source>Your version</source>
      <translation>Votre version</translation>
    </message>
    <message>
      <location filename="../../workbench/views/conflict_dialog.py" line="54" />
      <source>another user</source>
      <translation>un autre utilisateur</translation>
    </message>
  </context>
  <context>
    <name>DashboardScreen</name>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="356" />
      <source>"To" is before "From": no day can fall in that period.</source>
      <translation>« Au » est avant « Du » : aucun jour ne peut tomber dans cette période.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="466" />
      <source>%1 to %2</source>
      <translation>du %1 au %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="353" />
      <source>A date is written YYYY-MM-DD, as 2024-03-31.</source>
      <translation>Une date s'écrit AAAA-MM-JJ, comme 2024-03-31.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="249" />
      <source>Amount</source>
      <translation>Montant</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="250" />
      <source>Average progress</source>
      <translation>Avancement moyen</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="171" />
      <source>Dashboard</source>
      <translation>Tableau de bord</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="405" />
      <source>Demo data not loaded</source>
      <translation>Données de démonstration non chargées</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="252" />
      <source>Double-click a row, or press Enter, to see its grants</source>
      <translation>Double-cliquez sur une ligne, ou appuyez sur Entrée, pour voir ses subventions</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="253" />
      <source>Double-click a row, or press Enter, to see its works</source>
      <translation>Double-cliquez sur une ligne, ou appuyez sur Entrée, pour voir ses travaux</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="382" />
      <source>Fill this database with the demo data: a made-up country office with 8 projects, about 10,000 households, 1,000 livelihood grants and 60 infrastructure works?

It is meant for looking around and training; keep your office's real records in another database.</source>
      <translation>Remplir cette base de données avec les données de démonstration : un bureau pays fictif avec 8 projets, environ 10 000 ménages, 1 000 subventions de moyens de subsistance et 60 chantiers d'infrastructure ?

Elles servent à découvrir l'outil et à se former ; gardez les vrais dossiers de votre bureau dans une autre base de données.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="186" />
      <source>From</source>
      <translation>Du</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="472" />
      <source>From the dashboard: %1</source>
      <translation>Depuis le tableau de bord : %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="248" />
      <source>Grants</source>
      <translation>Subventions</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="579" />
      <source>Grants (%1)</source>
      <translation>Subventions (%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="256" />
      <source>Grants by programme and status</source>
      <translation>Subventions par programme et statut</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="579" />
      <source>Household cash (%1)</source>
      <translation>Cash ménages (%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="646" />
      <source>Households by intention</source>
      <translation>Ménages par intention</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="430" />
      <source>Import a workbook</source>
      <translation>Importer un classeur</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="430" />
      <source>Import a workbook from the command line:

    workbench import KIND FILE

KIND is what the file holds: locations, sites, population, households, tranches, grants, works, progress or indicators.</source>
      <translation>Importer un classeur en ligne de commande :

    workbench import KIND FILE

KIND indique le contenu du fichier FILE : locations, sites, population, households, tranches, grants, works, progress ou indicators.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="238" />
      <source>In the period: the people who left sites, the households registered, the grants applied for, the kits received and the money paid. As they stand today: sites, works, complaints and referrals.</source>
      <translation>Dans la période : les personnes parties des sites, les ménages enregistrés, les subventions demandées, les kits reçus et l'argent payé. Tels qu'ils sont aujourd'hui : sites, travaux, plaintes et référencements.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="535" />
      <source>Individuals (last count of each site, per month)</source>
      <translation>Individus (dernier comptage de chaque site, par mois)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="382" />
      <source>Load the demo data</source>
      <translation>Charger les données de démonstration</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="410" />
      <source>Loading the demo data...</source>
      <translation>Chargement des données de démonstration...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="575" />
      <source>Money paid per month: grant tranches and household cash</source>
      <translation>Montants payés par mois : tranches de subventions et cash aux ménages</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="533" />
      <source>People living in sites</source>
      <translation>Personnes vivant dans les sites</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="248" />
      <source>Programme</source>
      <translation>Programme</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="611" />
      <source>Progress %</source>
      <translation>Avancement (%)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="175" />
      <source>Show</source>
      <translation>Afficher</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="248" />
      <location filename="../../workbench/views/dashboard.py" line="250" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="369" />
      <source>The figures could not be read: %1</source>
      <translation>Les chiffres n'ont pas pu être lus : %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="328" />
      <source>The whole office</source>
      <translation>Tout le bureau</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="186" />
      <source>To</source>
      <translation>Au</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="359" />
      <source>Updating...</source>
      <translation>Mise à jour...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="250" />
      <source>Works</source>
      <translation>Travaux</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="257" />
      <source>Works by status</source>
      <translation>Travaux par statut</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="609" />
      <source>Works under way: progress (least advanced first)</source>
      <translation>Travaux en cours : avancement (les moins avancés d'abord)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="190" />
      <source>any date</source>
      <translation>toute date</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="228" />
      <source>complaints open for more than 30 days</source>
      <translation>plaintes ouvertes depuis plus de 30 jours</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="469" />
      <source>from %1</source>
      <translation>depuis le %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="225" />
      <location filename="../../workbench/views/dashboard.py" line="652" />
      <source>households registered</source>
      <translation>ménages enregistrés</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="598" />
      <source>in each project's currency: others converted at the stored exchange rates</source>
      <translation>dans la devise de chaque projet : les autres converties aux taux de change enregistrés</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="227" />
      <location filename="../../workbench/views/dashboard.py" line="484" />
      <source>infrastructure works</source>
      <translation>travaux d'infrastructure</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="231" />
      <source>kits distributed to households</source>
      <translation>kits distribués aux ménages</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="226" />
      <location filename="../../workbench/views/dashboard.py" line="480" />
      <source>livelihood grants</source>
      <translation>subventions de moyens de subsistance</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="654" />
      <source>no household registered yet</source>
      <translation>aucun ménage enregistré pour l'instant</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="555" />
      <source>no population counts yet</source>
      <translation>aucun comptage de population pour l'instant</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="637" />
      <source>no work under way</source>
      <translation>aucun chantier en cours</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="600" />
      <source>nothing paid yet</source>
      <translation>rien n'a encore été payé</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="223" />
      <source>people supported to leave sites</source>
      <translation>personnes aidées à quitter les sites</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="229" />
      <source>referrals open</source>
      <translation>référencements en cours</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="230" />
      <source>referrals past their answer deadline</source>
      <translation>référencements sans réponse dans le délai</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="224" />
      <source>sites open or closing</source>
      <translation>sites ouverts ou en fermeture</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="471" />
      <source>until %1</source>
      <translation>jusqu'au %1</translation>
    </message>
  </context>
  <context>
    <name>DistributionWindow</name>
    <message>
      <location filename="../../workbench/views/distribution_window.py" line="38" />
      <source>%1 entitlements added to the list.</source>
      <translation>%1 droits ajoutés à la liste.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/distribution_window.py" line="56" />
      <source>%1 issued and not received</source>
      <translation>%1 sortis et non reçus</translation>
    </message>
    <message>
      <location filename="../../workbench/views/distribution_window.py" line="52" />
      <source>%1 on the list, %2 received, %3 issued from stock</source>
      <translation>%1 sur la liste, %2 reçus, %3 sortis du stock</translation>
    </message>
    <message>
      <location filename="../../workbench/views/distribution_window.py" line="24" />
      <source>Add the households that left the site</source>
      <translation>Ajouter les ménages partis du site</translation>
    </message>
    <message>
      <location filename="../../workbench/views/distribution_window.py" line="23" />
      <source>Add the site's present households</source>
      <translation>Ajouter les ménages présents sur le site</translation>
    </message>
    <message>
      <location filename="../../workbench/views/distribution_window.py" line="46" />
      <source>Building the list...</source>
      <translation>Construction de la liste...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/distribution_window.py" line="38" />
      <location filename="../../workbench/views/distribution_window.py" line="44" />
      <source>Distribution list</source>
      <translation>Liste de distribution</translation>
    </message>
  </context>
  <context>
    <name>EmptyState</name>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="114" />
      <source>About 10,000 households, 1,000 livelihood grants and 60 works in DR Congo and Iraq; only while the database is empty</source>
      <translation>Environ 10 000 ménages, 1 000 subventions de moyens de subsistance et 60 chantiers en RD Congo et en Irak ; seulement tant que la base de données est vide</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="121" />
      <source>Donors, locations (P-codes), logframes, users: Office set-up</source>
      <translation>Bailleurs, lieux (P-codes), cadres logiques, utilisateurs : Configuration du bureau</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="118" />
      <source>Excel, CSV or KoboToolbox files (File &gt; Import)</source>
      <translation>Fichiers Excel, CSV ou KoboToolbox (Fichier &gt; Importer)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="116" />
      <source>Import a workbook...</source>
      <translation>Importer un classeur...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="112" />
      <source>Load the demo data</source>
      <translation>Charger les données de démonstration</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="119" />
      <source>Set up the office...</source>
      <translation>Configurer le bureau...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="103" />
      <source>There are no projects or households here yet. Load the demo data to look around the workbench with a made-up country office, import your office's workbooks (projects, sites, households, grants, works), or set up the office by hand: its donors and locations first, then its projects and sites.</source>
      <translation>Il n'y a encore ni projet ni ménage ici. Chargez les données de démonstration pour découvrir l'outil avec un bureau pays fictif, importez les classeurs de votre bureau (projets, sites, ménages, subventions, travaux), ou configurez le bureau à la main : d'abord ses bailleurs et ses lieux, puis ses projets et ses sites.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="100" />
      <source>This database is empty</source>
      <translation>Cette base de données est vide</translation>
    </message>
  </context>
  <context>
    <name>ErrorDialog</name>
    <message>
      <location filename="../../workbench/views/errors.py" line="64" />
      <source>Copied</source>
      <translation>Copié</translation>
    </message>
    <message>
      <location filename="../../workbench/views/errors.py" line="56" />
      <source>Copy details</source>
      <translation>Copier les détails</translation>
    </message>
    <message>
      <location filename="../../workbench/views/errors.py" line="41" />
      <source>Something went wrong</source>
      <translation>Un problème est survenu</translation>
    </message>
    <message>
      <location filename="../../workbench/views/errors.py" line="44" />
      <source>The workbench met an unexpected problem: %1

Your saved records are safe and you can keep working. The details were written to %2; please send them to IT support.</source>
      <translation>L'atelier a rencontré un problème inattendu : %1

Vos enregistrements sauvegardés ne risquent rien et vous pouvez continuer à travailler. Les détails ont été écrits dans %2 ; merci de les envoyer au support informatique.</translation>
    </message>
  </context>
  <context>
    <name>FigureTile</name>
    <message>
      <location filename="../../workbench/views/dashboard.py" line="66" />
      <source>Show them in their table</source>
      <translation>Les voir dans leur tableau</translation>
    </message>
  </context>
  <context>
    <name>FilePage</name>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="282" />
      <source>%1 columns about the submission are never imported: %2.</source>
      <translation>Colonnes %1 sur la soumission, jamais importées : %2.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="259" />
      <source>%1 rows and %2 columns to read, under the headers in row %3.</source>
      <translation>%1 lignes et %2 colonnes à lire, sous les en-têtes de la ligne %3.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="162" />
      <source>An Excel workbook (.xlsx, .xls), a CSV file, or a KoboToolbox export. Nothing is written before the last step.</source>
      <translation>Un classeur Excel (.xlsx, .xls), un fichier CSV ou un export KoboToolbox. Rien n'est écrit avant la dernière étape.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="175" />
      <source>Browse...</source>
      <translation>Parcourir...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="161" />
      <source>Choose what to import and the file</source>
      <translation>Choisir les données à importer et le fichier</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="180" />
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="202" />
      <source>File to import</source>
      <translation>Fichier à importer</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="270" />
      <source>Files of the ODK Central export joined to this one: %1.</source>
      <translation>Fichiers de l'export ODK Central joints à celui-ci : %1.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="273" />
      <source>KoboToolbox repeat groups joined to this sheet: %1.</source>
      <translation>Groupes répétés KoboToolbox joints à cette feuille : %1.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="222" />
      <location filename="../../workbench/views/import_wizard.py" line="244" />
      <source>Reading %1...</source>
      <translation>Lecture de %1...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="181" />
      <source>Sheet</source>
      <translation>Feuille</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="203" />
      <source>Spreadsheets (*.xlsx *.xls *.csv *.txt);;All files (*)</source>
      <translation>Feuilles de calcul (*.xlsx *.xls *.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="265" />
      <source>Text file in %1, separated by %2.</source>
      <translation>Fichier texte en %1, séparateur : %2.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="173" />
      <source>The file to import</source>
      <translation>Le fichier à importer</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="277" />
      <source>The members of repeat group %1 are counted by sex (%2) and age (%3).</source>
      <translation>Les membres du groupe répété %1 sont comptés par sexe (%2) et âge (%3).</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="268" />
      <source>The row of HXL hashtags under the headers is used to recognise the columns.</source>
      <translation>La ligne de hashtags HXL sous les en-têtes sert à reconnaître les colonnes.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="240" />
      <source>This file cannot be imported: %1</source>
      <translation>Ce fichier ne peut pas être importé : %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="169" />
      <source>What the file holds</source>
      <translation>Contenu du fichier</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="263" />
      <source>commas</source>
      <translation>virgule</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="264" />
      <source>pipes</source>
      <translation>barre verticale</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="263" />
      <source>semicolons</source>
      <translation>point-virgule</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="263" />
      <source>tabs</source>
      <translation>tabulation</translation>
    </message>
  </context>
  <context>
    <name>ImportPage</name>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="811" />
      <source>%1 duplicates skipped</source>
      <translation>%1 doublons ignorés</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="807" />
      <source>%1 is imported.</source>
      <translation>%1 est importé.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="808" />
      <source>%1 records created</source>
      <translation>%1 enregistrements créés</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="812" />
      <source>%1 rows rejected</source>
      <translation>%1 lignes rejetées</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="809" />
      <source>%1 updated</source>
      <translation>%1 mis à jour</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="810" />
      <source>1 duplicate skipped</source>
      <translation>1 doublon ignoré</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="808" />
      <source>1 record created</source>
      <translation>1 enregistrement créé</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="812" />
      <source>1 row rejected</source>
      <translation>1 ligne rejetée</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="809" />
      <source>1 updated</source>
      <translation>1 mis à jour</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="704" />
      <source>All rows are written in one go: until the end, nothing is saved, and a cancel leaves the database as it was.</source>
      <translation>Toutes les lignes sont écrites en une seule fois : rien n'est enregistré avant la fin, et une annulation laisse la base de données telle qu'elle était.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="718" />
      <source>Cancel the import</source>
      <translation>Annuler l'importation</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="790" />
      <source>Cancelling: undoing what was written...</source>
      <translation>Annulation : effacement de ce qui a été écrit...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="817" />
      <source>Each record's history names the file it came from.</source>
      <translation>L'historique de chaque enregistrement indique le fichier dont il provient.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="799" />
      <source>Everything written before the cancel was undone.</source>
      <translation>Tout ce qui avait été écrit avant l'annulation a été effacé.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="798" />
      <source>Import cancelled</source>
      <translation>Importation annulée</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="826" />
      <source>Import failed</source>
      <translation>Échec de l'importation</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="804" />
      <source>Imported</source>
      <translation>Importation terminée</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="703" />
      <source>Importing</source>
      <translation>Importation en cours</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="834" />
      <source>Nothing was written to the database.</source>
      <translation>Rien n'a été écrit dans la base de données.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="829" />
      <source>Nothing was written to the database: %1</source>
      <translation>Rien n'a été écrit dans la base de données : %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="801" />
      <source>The import was cancelled. Nothing was written to the database.</source>
      <translation>L'importation a été annulée. Rien n'a été écrit dans la base de données.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="805" />
      <source>The records are in the database; the open screens show them now.</source>
      <translation>Les enregistrements sont dans la base de données ; les écrans ouverts les affichent maintenant.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="815" />
      <source>The rejected rows are in %1: correct them there and import that file.</source>
      <translation>Les lignes rejetées sont dans %1 : corrigez-les dans ce fichier, puis importez-le.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="763" />
      <source>Writing the rows of %1...</source>
      <translation>Écriture des lignes de %1...</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="875" />
      <source>Cancel the import</source>
      <translation>Annuler l'importation</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="24" />
      <source>Cash tranches of households</source>
      <translation>Tranches en espèces des ménages</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee.py" line="10" />
      <source>Committees of sites</source>
      <translation>Comités des sites</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="18" />
      <source>Community Resource Centres</source>
      <translation>Centres de ressources communautaires</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/complaint.py" line="10" />
      <source>Complaints and feedback of sites</source>
      <translation>Plaintes et retours des sites</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="20" />
      <source>Contacts of CRCs</source>
      <translation>Contacts des CRC</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/site.py" line="42" />
      <source>Displacement sites</source>
      <translation>Sites de déplacés</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution.py" line="70" />
      <source>Distributions</source>
      <translation>Distributions</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/donor.py" line="10" />
      <source>Donors</source>
      <translation>Bailleurs</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="132" />
      <source>Households</source>
      <translation>Ménages</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="851" />
      <source>Import a spreadsheet</source>
      <translation>Importer une feuille de calcul</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator_value.py" line="39" />
      <source>Indicator values</source>
      <translation>Valeurs d'indicateurs</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/site_infrastructure.py" line="10" />
      <source>Infrastructure of sites</source>
      <translation>Infrastructures des sites</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="25" />
      <source>Infrastructure works</source>
      <translation>Travaux d'infrastructure</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_item.py" line="28" />
      <source>Items of kit types</source>
      <translation>Articles des types de kits</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_type.py" line="39" />
      <source>Kit types</source>
      <translation>Types de kits</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="123" />
      <source>Livelihood grants (EDF, ILA, CfW)</source>
      <translation>Subventions de moyens de subsistance (EDF, ILA, CfW)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/location.py" line="85" />
      <source>Locations (P-codes)</source>
      <translation>Localisations (P-codes)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work_payment.py" line="13" />
      <source>Payments to works contractors</source>
      <translation>Paiements aux entrepreneurs des travaux</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/population_count.py" line="13" />
      <source>Population counts of sites</source>
      <translation>Comptages de population des sites</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/progress_report.py" line="95" />
      <source>Progress reports of works</source>
      <translation>Rapports d'avancement des travaux</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/project.py" line="13" />
      <source>Projects</source>
      <translation>Projets</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/receipt.py" line="114" />
      <source>Receipts of a distribution list</source>
      <translation>Reçus d'une liste de distribution</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="181" />
      <source>Referrals of CRCs</source>
      <translation>Référencements des CRC</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/service_provider.py" line="17" />
      <source>Service providers (service map)</source>
      <translation>Prestataires de services (cartographie des services)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_session.py" line="17" />
      <source>Sessions of CRCs</source>
      <translation>Sessions des CRC</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/stock_movement.py" line="131" />
      <source>Stock movements of warehouses</source>
      <translation>Mouvements de stock des entrepôts</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="876" />
      <source>Stop the import? Nothing of this file will be written.</source>
      <translation>Arrêter l'importation ? Rien de ce fichier ne sera écrit.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../workbench/views/main_window.py" line="162" />
      <source>%1 (Ctrl+%2)</source>
      <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="289" />
      <source>%1 - Programme workbench</source>
      <translation>%1 - Atelier des programmes</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="334" />
      <source>%1 already exists; open it or choose another name.</source>
      <translation>%1 existe déjà ; ouvrez-le ou choisissez un autre nom.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="264" />
      <source>%1: %2</source>
      <translation>%1 : %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="243" />
      <source>&amp;About</source>
      <translation>À &amp;propos</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="227" />
      <source>&amp;Backup...</source>
      <translation>&amp;Sauvegarder...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="215" />
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="235" />
      <source>&amp;Go</source>
      <translation>A&amp;ller à</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="241" />
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="223" />
      <source>&amp;Import...</source>
      <translation>&amp;Importer...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="242" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="216" />
      <source>&amp;New database...</source>
      <translation>&amp;Nouvelle base de données...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="217" />
      <source>&amp;Open database...</source>
      <translation>&amp;Ouvrir une base de données...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="233" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="220" />
      <source>&amp;Recent databases</source>
      <translation>Bases &amp;récentes</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="260" />
      <source>(none yet)</source>
      <translation>(aucune pour l'instant)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="418" />
      <source>Back up the database</source>
      <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="436" />
      <source>Backed up to %1</source>
      <translation>Sauvegardée dans %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="437" />
      <source>Backing up the database...</source>
      <translation>Sauvegarde de la base de données...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="424" />
      <location filename="../../workbench/views/main_window.py" line="430" />
      <source>Backup failed</source>
      <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="376" />
      <location filename="../../workbench/views/main_window.py" line="405" />
      <source>Cannot open the database</source>
      <translation>Impossible d'ouvrir la base de données</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="230" />
      <source>Change the &amp;passphrase...</source>
      <translation>Changer la &amp;phrase secrète...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="269" />
      <source>Ctrl+I: import a spreadsheet</source>
      <translation>Ctrl+I : importer un tableur</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="266" />
      <source>Ctrl+N: a new record (in a table or a record's window)</source>
      <translation>Ctrl+N : un nouvel enregistrement (dans un tableau ou la fenêtre d'un enregistrement)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="269" />
      <source>Ctrl+O: open a database</source>
      <translation>Ctrl+O : ouvrir une base de données</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="267" />
      <source>Ctrl+S: save the record</source>
      <translation>Ctrl+S : enregistrer</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="48" />
      <source>Dashboard</source>
      <translation>Tableau de bord</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="288" />
      <source>Database: %1</source>
      <translation>Base de données : %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="52" />
      <source>Distributions</source>
      <translation>Distributions</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="267" />
      <source>Esc: close the record's window (asks before discarding changes)</source>
      <translation>Échap : fermer la fenêtre de l'enregistrement (demande avant d'abandonner les modifications)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="53" />
      <source>Field sync</source>
      <translation>Synchronisation terrain</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="49" />
      <source>Households</source>
      <translation>Ménages</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="226" />
      <source>Import households, sites, grants... from a spreadsheet</source>
      <translation>Importer des ménages, des sites, des subventions... depuis une feuille de calcul</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="50" />
      <source>Infrastructure works</source>
      <translation>Travaux</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="270" />
      <source>Keyboard shortcuts</source>
      <translation>Raccourcis clavier</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="49" />
      <source>Livelihood grants</source>
      <translation>Subventions</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="231" />
      <source>Make an office &amp;recovery key...</source>
      <translation>Créer une clé de récupération du &amp;bureau...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="327" />
      <location filename="../../workbench/views/main_window.py" line="333" />
      <source>New database</source>
      <translation>Nouvelle base de données</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="53" />
      <source>Office set-up</source>
      <translation>Configuration du bureau</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="219" />
      <source>Open a &amp;server database...</source>
      <translation>Ouvrir une base sur un ser&amp;veur...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="344" />
      <source>Open database</source>
      <translation>Ouvrir une base de données</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="400" />
      <source>Opened %1</source>
      <translation>Ouvert : %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="410" />
      <source>Opening %1...</source>
      <translation>Ouverture de %1...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="140" />
      <source>Programme workbench</source>
      <translation>Atelier des programmes</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="48" />
      <source>Projects</source>
      <translation>Projets</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="51" />
      <source>Referrals</source>
      <translation>Référencements</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="53" />
      <source>Reports</source>
      <translation>Rapports</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="50" />
      <source>Resource centres (CRCs)</source>
      <translation>Centres de ressources (CRC)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="51" />
      <source>Service providers</source>
      <translation>Prestataires de services</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="54" />
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="48" />
      <source>Sites</source>
      <translation>Sites</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="52" />
      <source>Stock</source>
      <translation>Stock</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="315" />
      <source>The passphrase of %1 is changed.</source>
      <translation>La phrase secrète de %1 est changée.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="345" />
      <source>Workbench databases (*.db *.sqlite);;All files (*)</source>
      <translation>Bases de données de l'atelier (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/main_window.py" line="328" />
      <source>Workbench databases (*.db)</source>
      <translation>Bases de données de l'atelier (*.db)</translation>
    </message>
  </context>
  <context>
    <name>MappingPage</name>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="422" />
      <source>%1 of %2 columns will be imported; %3 left out.</source>
      <translation>%1 colonnes sur %2 seront importées ; %3 ignorées.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="401" />
      <source>(none saved yet)</source>
      <translation>(aucune enregistrée pour l'instant)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="371" />
      <source>(not imported)</source>
      <translation>(non importée)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="447" />
      <source>A name to find this mapping again (for example “DTM round 12”):</source>
      <translation>Un nom pour retrouver cette correspondance (par exemple « DTM round 12 ») :</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="359" />
      <source>Column in the file</source>
      <translation>Colonne du fichier</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="305" />
      <source>Columns recognised by their header or HXL hashtag are matched already; change any of them, or leave a column out.</source>
      <translation>Les colonnes reconnues par leur en-tête ou leur hashtag HXL sont déjà associées ; modifiez-en au besoin, ou ignorez une colonne.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="360" />
      <source>First values</source>
      <translation>Premières valeurs</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="359" />
      <source>Imported as</source>
      <translation>Importée comme</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="354" />
      <source>Match the columns of %1 to the fields of a %2</source>
      <translation>Associer les colonnes de %1 aux champs : %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="304" />
      <source>Match the file's columns to the fields</source>
      <translation>Associer les colonnes du fichier aux champs</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="442" />
      <source>Not in this file: %1.</source>
      <translation>Absentes de ce fichier : %1.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="446" />
      <source>Save the mapping</source>
      <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="318" />
      <source>Save this mapping as...</source>
      <translation>Enregistrer la correspondance sous...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="309" />
      <source>Saved mapping</source>
      <translation>Correspondance enregistrée</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="387" />
      <source>The first rows of the file, numbered as in Excel</source>
      <translation>Les premières lignes du fichier, numérotées comme dans Excel</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="314" />
      <source>Use it</source>
      <translation>Utiliser</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="59" />
      <source>%1 is encrypted. Type its passphrase (or the office's recovery key).</source>
      <translation>%1 est chiffrée. Tapez sa phrase secrète (ou la clé de secours du bureau).</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="228" />
      <source>A new passphrase for %1. The database itself is not rewritten; its recovery keys keep working.</source>
      <translation>Une nouvelle phrase secrète pour %1. La base de données elle-même n'est pas réécrite ; ses clés de récupération restent valables.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="102" />
      <location filename="../../workbench/views/passphrase_dialog.py" line="265" />
      <source>A passphrase must have at least %1 characters.</source>
      <translation>Une phrase secrète doit avoir au moins %1 caractères.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="79" />
      <source>Also make an office recovery key for the data protection officer (shown once)</source>
      <translation>Créer aussi une clé de secours du bureau pour le délégué à la protection des données (affichée une seule fois)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="226" />
      <source>Change the passphrase</source>
      <translation>Changer la phrase secrète</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="58" />
      <source>Choose a passphrase for %1. It is needed to open the database; keep it safe.</source>
      <translation>Choisissez une phrase secrète pour %1. Elle sera demandée pour ouvrir la base ; gardez-la en lieu sûr.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="199" />
      <source>Copy</source>
      <translation>Copier</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="238" />
      <source>Current passphrase (or recovery key):</source>
      <translation>Phrase secrète actuelle (ou clé de récupération) :</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="56" />
      <source>Encrypted database</source>
      <translation>Base de données chiffrée</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="56" />
      <source>New encrypted database</source>
      <translation>Nouvelle base de données chiffrée</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="239" />
      <source>New passphrase:</source>
      <translation>Nouvelle phrase secrète :</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="186" />
      <source>Office recovery key</source>
      <translation>Clé de récupération du bureau</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="66" />
      <source>Passphrase:</source>
      <translation>Phrase secrète :</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="83" />
      <source>Remember the passphrase in the system keyring</source>
      <translation>Retenir la phrase secrète dans le trousseau du système</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="188" />
      <source>The recovery key of %1 opens it when its passphrase is forgotten. It is shown this once and stored nowhere: give it to the data protection officer, apart from the database.</source>
      <translation>La clé de secours de %1 l’ouvre quand sa phrase secrète est oubliée. Elle n’est affichée que cette fois et n’est enregistrée nulle part : remettez-la au délégué à la protection des données, à part de la base.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="70" />
      <location filename="../../workbench/views/passphrase_dialog.py" line="240" />
      <source>The same again:</source>
      <translation>La même, à nouveau :</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="105" />
      <location filename="../../workbench/views/passphrase_dialog.py" line="269" />
      <source>The two passphrases differ; type them again.</source>
      <translation>Les deux phrases secrètes diffèrent ; tapez-les à nouveau.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/passphrase_dialog.py" line="115" />
      <location filename="../../workbench/views/passphrase_dialog.py" line="275" />
      <source>Wrong passphrase; try again.</source>
      <translation>Phrase secrète erronée ; réessayez.</translation>
    </message>
  </context>
  <context>
    <name>RecordForm</name>
    <message>
      <location filename="../../workbench/views/forms.py" line="315" />
      <source>%1 *</source>
      <translation>%1 *</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="621" />
      <source>%1: %2</source>
      <translation>%1 : %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="336" />
      <source>Add a new %1 to this list</source>
      <translation>Ajouter un nouvel élément (%1) à cette liste</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="334" />
      <source>New...</source>
      <translation>Nouveau...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="435" />
      <source>None yet: New... adds one</source>
      <translation>Aucun pour l'instant : Nouveau... en ajoute un</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="713" />
      <source>Not saved: %1 Save again to compare the versions.</source>
      <translation>Non enregistré : %1 Enregistrez à nouveau pour comparer les versions.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="318" />
      <source>Required</source>
      <translation>Obligatoire</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="577" />
      <source>choose one from the list</source>
      <translation>choisissez une valeur dans la liste</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="572" />
      <source>must be a date written as YYYY-MM-DD</source>
      <translation>doit être une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="567" />
      <source>must be a number</source>
      <translation>doit être un nombre</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="564" />
      <source>must be a number: %1</source>
      <translation>doit être un nombre : %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="566" />
      <source>must be a whole number</source>
      <translation>doit être un nombre entier</translation>
    </message>
  </context>
  <context>
    <name>RecordTableView</name>
    <message>
      <location filename="../../workbench/views/table_view.py" line="69" />
      <source>Columns</source>
      <translation>Colonnes</translation>
    </message>
  </context>
  <context>
    <name>RecordWindow</name>
    <message>
      <location filename="../../workbench/views/record_window.py" line="314" />
      <source>%1 %2</source>
      <translation>%1 %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="361" />
      <source>%1 days past the planned end.</source>
      <translation>%1 jours après la fin prévue.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="227" />
      <source>A new %1 (Ctrl+N)</source>
      <translation>Nouvel enregistrement : %1 (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="62" />
      <source>Add</source>
      <translation>Ajouter</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="513" />
      <source>Add a photo or document...</source>
      <translation>Ajouter une photo ou un document...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="176" />
      <source>Add household</source>
      <translation>Ajouter un ménage</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="408" />
      <source>Add indicator</source>
      <translation>Ajouter un indicateur</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="86" />
      <source>Add one with the button above.</source>
      <translation>Utilisez le bouton ci-dessus pour en ajouter.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="409" />
      <source>Add value for a period</source>
      <translation>Ajouter une valeur pour une période</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="528" />
      <source>Attach a photo or document</source>
      <translation>Joindre une photo ou un document</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="540" />
      <source>Attaching the file...</source>
      <translation>Ajout du fichier...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="560" />
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="414" />
      <source>Budget use</source>
      <translation>Utilisation du budget</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="550" />
      <source>Cannot open</source>
      <translation>Ouverture impossible</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="243" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="560" />
      <source>Committed (grants, works, cash planned for households)</source>
      <translation>Engagé (subventions, travaux, espèces prévues pour les ménages)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="70" />
      <location filename="../../workbench/views/record_window.py" line="229" />
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="223" />
      <source>Details</source>
      <translation>Détails</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="477" />
      <location filename="../../workbench/views/record_window.py" line="495" />
      <source>Discard changes?</source>
      <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="421" />
      <source>Documents and photos</source>
      <translation>Documents et photos</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="233" />
      <source>Erase personal data...</source>
      <translation>Effacer les données personnelles...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="411" />
      <source>Grants</source>
      <translation>Subventions</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="432" />
      <source>History</source>
      <translation>Historique</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="416" />
      <source>Households</source>
      <translation>Ménages</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="572" />
      <source>Households departed</source>
      <translation>Ménages partis</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="571" />
      <source>Households registered</source>
      <translation>Ménages enregistrés</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="574" />
      <source>Households still present</source>
      <translation>Ménages encore présents</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="287" />
      <source>In conflict: review it on the Field sync screen</source>
      <translation>En conflit : à examiner dans l'écran Synchronisation terrain</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="577" />
      <source>Intention: %1</source>
      <translation>Intention : %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="409" />
      <source>Logframe</source>
      <translation>Cadre logique</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="226" />
      <source>New</source>
      <translation>Nouveau</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="312" />
      <source>New %1</source>
      <translation>Nouvel enregistrement : %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="369" />
      <source>No cash tranche yet.</source>
      <translation>Aucune tranche en espèces pour l'instant.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="540" />
      <source>Not attached</source>
      <translation>Non joint</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="621" />
      <source>Not opened</source>
      <translation>Non ouvert</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="290" />
      <source>Not yet sent to %1</source>
      <translation>Pas encore envoyé à %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="86" />
      <source>Nothing here yet.</source>
      <translation>Rien ici pour l'instant.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="360" />
      <source>On time so far.</source>
      <translation>Dans les délais jusqu'ici.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="68" />
      <location filename="../../workbench/views/record_window.py" line="515" />
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="550" />
      <source>Opening the file...</source>
      <translation>Ouverture du fichier...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="352" />
      <source>Paid %1 of %2; tranches paid: %3.</source>
      <translation>Payé %1 sur %2 ; tranches payées : %3.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="366" />
      <source>Paid %1, owed %3; tranches paid: %2, still owed: %4.</source>
      <translation>Payé %1, dû %3 ; tranches payées : %2, encore dues : %4.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="562" />
      <source>Paid in total</source>
      <translation>Total payé</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="561" />
      <source>Paid on grants</source>
      <translation>Payé sur les subventions</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="561" />
      <source>Paid to households</source>
      <translation>Payé aux ménages</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="77" />
      <source>Pay the selected tranche: its date, method and reference</source>
      <translation>Payer la tranche choisie : sa date, son mode de paiement et sa référence</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="114" />
      <source>Pay the tranche</source>
      <translation>Payer la tranche</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="75" />
      <location filename="../../workbench/views/record_window.py" line="372" />
      <source>Pay...</source>
      <translation>Payer...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="571" />
      <source>People registered</source>
      <translation>Personnes enregistrées</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="573" />
      <source>People supported to leave</source>
      <translation>Personnes aidées à partir</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="430" />
      <source>Photos and documents</source>
      <translation>Photos et documents</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="529" />
      <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.docx *.xlsx);;All files (*)</source>
      <translation>Photos et documents (*.jpg *.jpeg *.png *.pdf *.docx *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="236" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="238" />
      <location filename="../../workbench/views/record_window.py" line="322" />
      <source>Save (Ctrl+S)</source>
      <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="114" />
      <source>Select the tranche to pay first.</source>
      <translation>Choisissez d'abord la tranche à payer.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="565" />
      <source>Share of the budget paid</source>
      <translation>Part du budget payée</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="411" />
      <source>Sites</source>
      <translation>Sites</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="428" />
      <source>Stock and receipts</source>
      <translation>Stock et reçus</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="418" />
      <source>Tranches</source>
      <translation>Tranches</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="419" />
      <location filename="../../workbench/views/record_window.py" line="423" />
      <source>Workflow history</source>
      <translation>Historique des étapes</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="411" />
      <source>Works</source>
      <translation>Travaux</translation>
    </message>
    <message>
      <location filename="../../workbench/views/record_window.py" line="477" />
      <location filename="../../workbench/views/record_window.py" line="496" />
      <source>You changed this %1 without saving. Discard your changes?</source>
      <translation>Vous avez modifié cet enregistrement (%1) sans le sauvegarder. Abandonner vos modifications ?</translation>
    </message>
  </context>
  <context>
    <name>ReportsScreen</name>
    <message>
      <location filename="../../workbench/views/reports.py" line="338" />
      <source>%1 *</source>
      <translation>%1 *</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="456" />
      <source>%1 — %2 pages</source>
      <translation>%1 — %2 pages</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="458" />
      <source>%1 — 1 page</source>
      <translation>%1 — 1 page</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="380" />
      <source>%1: %2 is not a date; type it as YYYY-MM-DD</source>
      <translation>%1 : %2 n'est pas une date ; saisissez-la au format AAAA-MM-JJ</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="188" />
      <location filename="../../workbench/views/reports.py" line="351" />
      <source>(all CRCs)</source>
      <translation>(tous les CRC)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="180" />
      <location filename="../../workbench/views/reports.py" line="347" />
      <source>(all projects)</source>
      <translation>(tous les projets)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="184" />
      <location filename="../../workbench/views/reports.py" line="349" />
      <source>(all sites)</source>
      <translation>(tous les sites)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="192" />
      <location filename="../../workbench/views/reports.py" line="345" />
      <source>(choose one)</source>
      <translation>(à choisir)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="62" />
      <source>3W/4W matrix</source>
      <translation>Matrice 3W/4W</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="65" />
      <source>A CRC's or every CRC's contacts, sessions and attendance, referrals by service and status, answers, response times, overdue referrals and follow-up; no names.</source>
      <translation>Les contacts, sessions et participations d'un CRC ou de tous, les référencements par service et statut, les réponses, les délais de réponse, les référencements en retard et le suivi ; sans noms.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="55" />
      <source>A displacement site: P-code, status history, population, committees, complaints, infrastructure.</source>
      <translation>Un site de déplacés : P-code, historique du statut, population, comités, plaintes, infrastructures.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="205" />
      <source>A4</source>
      <translation>A4</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="222" />
      <source>Build the report</source>
      <translation>Générer le rapport</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="427" />
      <location filename="../../workbench/views/reports.py" line="429" />
      <source>Building the %1...</source>
      <translation>Génération : %1...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="210" />
      <location filename="../../workbench/views/reports.py" line="335" />
      <location filename="../../workbench/views/reports.py" line="372" />
      <source>CRC</source>
      <translation>CRC</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="438" />
      <source>Cancelled.</source>
      <translation>Annulé.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="406" />
      <source>Choose a report first.</source>
      <translation>Choisissez d'abord un rapport.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="263" />
      <source>Choose a report on the left and press “Build the report”: it appears here, to read, save as PDF or print.</source>
      <translation>Choisissez un rapport à gauche et cliquez sur « Générer le rapport » : il s'affiche ici, pour le lire, l'enregistrer en PDF ou l'imprimer.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="57" />
      <source>Closing and closed sites: departures by destination, return or relocation, cash tranches.</source>
      <translation>Sites en fermeture et fermés : départs par destination, retour ou relocalisation, tranches en espèces.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="64" />
      <source>Community Resource Centre report</source>
      <translation>Rapport du centre de ressources communautaire</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="211" />
      <location filename="../../workbench/views/reports.py" line="336" />
      <source>Distribution</source>
      <translation>Distribution</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="66" />
      <source>Distribution list</source>
      <translation>Liste de distribution</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="68" />
      <source>Distributions report</source>
      <translation>Rapport des distributions</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="59" />
      <source>EDF, ILA and cash-for-work grants with totals by programme, status, sex and governorate.</source>
      <translation>Subventions EDF, ILA et argent contre travail, avec totaux par programme, statut, sexe et gouvernorat.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="249" />
      <source>Fit the page to the width</source>
      <translation>Ajuster la page à la largeur</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="249" />
      <source>Fit width</source>
      <translation>Pleine largeur</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="212" />
      <location filename="../../workbench/views/reports.py" line="337" />
      <location filename="../../workbench/views/reports.py" line="375" />
      <source>From</source>
      <translation>Du</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="60" />
      <source>Infrastructure works status</source>
      <translation>État des travaux d'infrastructure</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="53" />
      <source>Key figures, logframe indicators against targets, sites, grants, works, budget committed and paid.</source>
      <translation>Chiffres clés, indicateurs du cadre logique par rapport aux cibles, sites, subventions, travaux, budget engagé et payé.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="69" />
      <source>Kits planned and distributed by kit, site and month, cases not received, stock in the warehouses.</source>
      <translation>Kits prévus et distribués par kit, site et mois, cas non reçus, stock des entrepôts.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="219" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="197" />
      <source>Leave personal names out (codes only)</source>
      <translation>Masquer les noms (codes seuls)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="58" />
      <source>Livelihood grants register</source>
      <translation>Registre des subventions de moyens de subsistance</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="511" />
      <source>PDF files (*.pdf)</source>
      <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="220" />
      <source>Paper</source>
      <translation>Papier</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="549" />
      <source>Print the report</source>
      <translation>Imprimer le rapport</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="256" />
      <source>Print...</source>
      <translation>Imprimer...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="208" />
      <location filename="../../workbench/views/reports.py" line="335" />
      <source>Project</source>
      <translation>Projet</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="52" />
      <source>Project progress report</source>
      <translation>Rapport d'avancement du projet</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="421" />
      <source>Reading the figures and laying out the pages...</source>
      <translation>Lecture des chiffres et mise en page...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="156" />
      <source>Reports</source>
      <translation>Rapports</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="253" />
      <source>Save as...</source>
      <translation>Enregistrer sous...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="509" />
      <source>Save the report</source>
      <translation>Enregistrer le rapport</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="535" />
      <source>Saved to %1</source>
      <translation>Enregistré dans %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="558" />
      <source>Sent %1 pages to the printer.</source>
      <translation>%1 pages envoyées à l'imprimante.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="209" />
      <location filename="../../workbench/views/reports.py" line="335" />
      <source>Site</source>
      <translation>Site</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="56" />
      <source>Site closure and returns report</source>
      <translation>Rapport de fermeture des sites et de retours</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="54" />
      <source>Site profile</source>
      <translation>Profil de site</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="527" />
      <location filename="../../workbench/views/reports.py" line="531" />
      <source>The report could not be saved to %1: %2</source>
      <translation>Le rapport n'a pas pu être enregistré dans %1 : %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="449" />
      <source>The report was built but cannot be shown (%1).</source>
      <translation>Le rapport a été généré mais ne peut pas être affiché (%1).</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="67" />
      <source>The sheet taken to the field: each household's code, head, size and kits, with room to sign.</source>
      <translation>La feuille emportée sur le terrain : code, chef, taille et kits de chaque ménage, avec la place pour signer.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="213" />
      <location filename="../../workbench/views/reports.py" line="337" />
      <location filename="../../workbench/views/reports.py" line="375" />
      <source>To</source>
      <translation>Au</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="206" />
      <source>US Letter</source>
      <translation>Lettre US</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="63" />
      <source>Who does what, where and when: activities by location, sector and period, for the clusters.</source>
      <translation>Qui fait quoi, où et quand : activités par lieu, secteur et période, pour les clusters.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="61" />
      <source>Works with contractor, contract value, progress, planned and actual dates, delays, people served.</source>
      <translation>Travaux avec entrepreneur, valeur du contrat, avancement, dates prévues et réelles, retards, personnes desservies.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="248" />
      <source>Zoom in</source>
      <translation>Zoom avant</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="247" />
      <source>Zoom out</source>
      <translation>Zoom arrière</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="374" />
      <source>distribution</source>
      <translation>distribution</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="368" />
      <source>project</source>
      <translation>projet</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="370" />
      <source>site</source>
      <translation>site</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="102" />
      <source>the printer cannot be opened</source>
      <translation>l'imprimante ne peut pas être ouverte</translation>
    </message>
    <message>
      <location filename="../../workbench/views/reports.py" line="361" />
      <source>there is no %1 %2</source>
      <translation>il n'y a pas de %1 %2</translation>
    </message>
  </context>
  <context>
    <name>ServerLogin</name>
    <message>
      <location filename="../../workbench/views/server_login.py" line="62" />
      <location filename="../../workbench/views/server_login.py" line="108" />
      <source>Database</source>
      <translation>Base de données</translation>
    </message>
    <message>
      <location filename="../../workbench/views/server_login.py" line="111" />
      <source>Fill in: %1</source>
      <translation>À remplir : %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/server_login.py" line="77" />
      <source>Log in</source>
      <translation>Se connecter</translation>
    </message>
    <message>
      <location filename="../../workbench/views/server_login.py" line="41" />
      <source>Log in to the office server</source>
      <translation>Connexion au serveur du bureau</translation>
    </message>
    <message>
      <location filename="../../workbench/views/server_login.py" line="64" />
      <source>Password</source>
      <translation>Mot de passe</translation>
    </message>
    <message>
      <location filename="../../workbench/views/server_login.py" line="61" />
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="../../workbench/views/server_login.py" line="66" />
      <source>Remember the password in this computer's keyring</source>
      <translation>Retenir le mot de passe dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
      <location filename="../../workbench/views/server_login.py" line="60" />
      <location filename="../../workbench/views/server_login.py" line="108" />
      <source>Server</source>
      <translation>Serveur</translation>
    </message>
    <message>
      <location filename="../../workbench/views/server_login.py" line="69" />
      <source>This computer has no system keyring; the password is asked each time.</source>
      <translation>Cet ordinateur n’a pas de trousseau système ; le mot de passe est demandé à chaque fois.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/server_login.py" line="63" />
      <location filename="../../workbench/views/server_login.py" line="109" />
      <source>User name</source>
      <translation>Nom d’utilisateur</translation>
    </message>
    <message>
      <location filename="../../workbench/views/server_login.py" line="45" />
      <source>Your own user name and password on the office's database server. What you may see and change is what your role allows.</source>
      <translation>Votre propre nom d’utilisateur et mot de passe sur le serveur de base de données du bureau. Ce que vous pouvez voir et modifier dépend de votre rôle.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/server_login.py" line="51" />
      <source>for example db.office.example or 10.0.0.5</source>
      <translation>par exemple db.bureau.example ou 10.0.0.5</translation>
    </message>
  </context>
  <context>
    <name>SettingsScreen</name>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="84" />
      <source>%1 years</source>
      <translation>%1 ans</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="67" />
      <source>As the system (%1)</source>
      <translation>Langue du système (%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="52" />
      <source>Choose...</source>
      <translation>Choisir...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="62" />
      <source>Data folder</source>
      <translation>Dossier des données</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="61" />
      <source>Database</source>
      <translation>Base de données</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="90" />
      <source>Erase past the retention period...</source>
      <translation>Effacer au-delà de la durée de conservation...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="125" />
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="96" />
      <source>Keep personal data of closed sites for</source>
      <translation>Conserver les données personnelles des sites fermés pendant</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="78" />
      <source>Language of the window</source>
      <translation>Langue de l'interface</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="63" />
      <source>Log file</source>
      <translation>Fichier journal</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="59" />
      <location filename="../../workbench/views/settings_screen.py" line="124" />
      <source>Logo on reports</source>
      <translation>Logo sur les rapports</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="115" />
      <source>Not changed</source>
      <translation>Non modifié</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="48" />
      <source>Office name on reports</source>
      <translation>Nom du bureau sur les rapports</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="35" />
      <source>Settings</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="86" />
      <source>The personal data of households of sites closed longer ago is erased when an administrator asks; their figures still count</source>
      <translation>Les données personnelles des ménages des sites fermés depuis plus longtemps sont effacées à la demande d'un administrateur ; leurs chiffres restent comptés</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="141" />
      <source>The workbench will speak %1 the next time it starts.</source>
      <translation>Langue au prochain démarrage de l'atelier : %1.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="54" />
      <source>Use the shipped logo</source>
      <translation>Utiliser le logo fourni</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="41" />
      <source>Written in the history of every record you change</source>
      <translation>Inscrit dans l'historique de chaque enregistrement que vous modifiez</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="43" />
      <source>Your name in the audit log</source>
      <translation>Votre nom dans le journal d'audit</translation>
    </message>
    <message>
      <location filename="../../workbench/views/settings_screen.py" line="134" />
      <source>the logo shipped with the workbench</source>
      <translation>le logo fourni avec l'atelier</translation>
    </message>
  </context>
  <context>
    <name>SetupScreen</name>
    <message>
      <location filename="../../workbench/views/setup_screen.py" line="63" />
      <source>A COD-AB workbook, HDX's P-code list or any sheet of P-codes (File &gt; Import)</source>
      <translation>Un classeur COD-AB, la liste des P-codes de HDX ou toute feuille de P-codes (Fichier &gt; Importer)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/setup_screen.py" line="20" />
      <source>A project names its donor: add the donors first.</source>
      <translation>Un projet indique son bailleur : ajoutez d'abord les bailleurs.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/setup_screen.py" line="23" />
      <source>A project's logframe: its outcomes, their outputs and the indicators measuring them. They are also on the project's window.</source>
      <translation>Le cadre logique d'un projet : ses effets, leurs produits et les indicateurs qui les mesurent. Ils sont aussi dans la fenêtre du projet.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/setup_screen.py" line="26" />
      <source>An indicator measures an outcome or an output; its values by period are on its window.</source>
      <translation>Un indicateur mesure un effet ou un produit ; ses valeurs par période sont dans sa fenêtre.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/setup_screen.py" line="29" />
      <source>Community resource centres: walk-in, hotline or mobile.</source>
      <translation>Centres de ressources communautaires : sur place, ligne d'écoute ou mobiles.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/setup_screen.py" line="25" />
      <source>Each output belongs to an outcome of a project's logframe.</source>
      <translation>Chaque produit relève d'un effet du cadre logique d'un projet.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/setup_screen.py" line="61" />
      <source>Import P-codes...</source>
      <translation>Importer des P-codes...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/setup_screen.py" line="45" />
      <source>Office set-up</source>
      <translation>Configuration du bureau</translation>
    </message>
    <message>
      <location filename="../../workbench/views/setup_screen.py" line="21" />
      <source>Sites, grants and works are placed by P-code: type the areas, or import OCHA's COD-AB list of P-codes.</source>
      <translation>Sites, subventions et travaux sont situés par P-code : saisissez les zones, ou importez la liste COD-AB d'OCHA.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/setup_screen.py" line="72" />
      <source>The people who use the workbench: each has a role and, if limited to some, the projects and sites it works on.</source>
      <translation>Les personnes qui utilisent l’atelier : chacune a un rôle et, si elle est limitée à certains, les projets et sites sur lesquels elle travaille.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/setup_screen.py" line="28" />
      <source>The service map: who the CRCs refer people to.</source>
      <translation>La cartographie des services : vers qui les CRC orientent les personnes.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/setup_screen.py" line="77" />
      <source>Users</source>
      <translation>Utilisateurs</translation>
    </message>
  </context>
  <context>
    <name>StockScreen</name>
    <message>
      <location filename="../../workbench/views/stock.py" line="48" />
      <source>In stock</source>
      <translation>En stock</translation>
    </message>
    <message>
      <location filename="../../workbench/views/stock.py" line="48" />
      <source>Issued</source>
      <translation>Sortis</translation>
    </message>
    <message>
      <location filename="../../workbench/views/stock.py" line="47" />
      <source>Kit type</source>
      <translation>Type de kit</translation>
    </message>
    <message>
      <location filename="../../workbench/views/stock.py" line="57" />
      <source>Kit types</source>
      <translation>Types de kits</translation>
    </message>
    <message>
      <location filename="../../workbench/views/stock.py" line="44" />
      <source>Kits in the warehouses</source>
      <translation>Kits dans les entrepôts</translation>
    </message>
    <message>
      <location filename="../../workbench/views/stock.py" line="48" />
      <source>Lost or damaged</source>
      <translation>Perdus ou endommagés</translation>
    </message>
    <message>
      <location filename="../../workbench/views/stock.py" line="47" />
      <source>Received</source>
      <translation>Reçus</translation>
    </message>
    <message>
      <location filename="../../workbench/views/stock.py" line="37" />
      <source>Stock</source>
      <translation>Stock</translation>
    </message>
    <message>
      <location filename="../../workbench/views/stock.py" line="56" />
      <source>Stock movements</source>
      <translation>Mouvements de stock</translation>
    </message>
    <message>
      <location filename="../../workbench/views/stock.py" line="47" />
      <source>Warehouse</source>
      <translation>Entrepôt</translation>
    </message>
  </context>
  <context>
    <name>SyncScreen</name>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="424" />
      <source>%1 changes applied</source>
      <translation>%1 modifications appliquées</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="393" />
      <source>%1 changes for %2 in %3: carry the file to it and apply it there.</source>
      <translation>%1 modifications pour %2 dans %3 : apportez-lui le fichier et appliquez-le là-bas.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="425" />
      <source>%1 conflicts to review</source>
      <translation>%1 conflits à examiner</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="258" />
      <source>%1 conflicts to review: keep the value here, take theirs, or merge them.</source>
      <translation>%1 conflits à examiner : gardez la valeur d'ici, prenez celle de l'autre côté, ou fusionnez-les.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="294" />
      <source>%1 is another record here</source>
      <translation>%1 est une autre fiche ici</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="296" />
      <source>%1, registered here with the same head of household and phone</source>
      <translation>%1, enregistré ici avec le même chef de ménage et le même téléphone</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="305" />
      <source>%1, registered there</source>
      <translation>%1, enregistré là-bas</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="478" />
      <source>%1: kept %2; %3 gets it with the next package.</source>
      <translation>%1 : %2 gardée ; %3 la recevra avec le prochain paquet.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="62" />
      <source>&amp;Make a package...</source>
      <translation>&amp;Préparer un paquet...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="265" />
      <source>(empty)</source>
      <translation>(vide)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="424" />
      <source>1 change applied</source>
      <translation>1 modification appliquée</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="392" />
      <source>1 change for %2 in %3: carry the file to it and apply it there.</source>
      <translation>1 modification pour %2 dans %3 : apportez-lui le fichier et appliquez-le là-bas.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="425" />
      <source>1 conflict to review</source>
      <translation>1 conflit à examiner</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="257" />
      <source>1 conflict to review: keep the value here, take theirs, or merge them.</source>
      <translation>1 conflit à examiner : gardez la valeur d'ici, prenez celle de l'autre côté, ou fusionnez-les.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="64" />
      <source>A signed, encrypted file of this database's changes the selected peer has not acknowledged, to carry to it</source>
      <translation>Un fichier signé et chiffré des modifications de cette base que le poste choisi n'a pas encore reçues, à lui apporter</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="67" />
      <source>A&amp;pply a package...</source>
      <translation>&amp;Appliquer un paquet...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="361" />
      <source>Another household: add it</source>
      <translation>Un autre ménage : l'ajouter</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="401" />
      <source>Apply a package</source>
      <translation>Appliquer un paquet</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="69" />
      <source>Apply a package made by a peer: all of it or nothing</source>
      <translation>Appliquer un paquet préparé par un autre poste : en entier ou pas du tout</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="418" />
      <source>Applying the package...</source>
      <translation>Application du paquet...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="160" />
      <source>Both started from</source>
      <translation>Valeur de départ commune</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="58" />
      <source>Changes not yet acknowledged</source>
      <translation>Modifications non encore reçues</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="470" />
      <source>Conflict not resolved</source>
      <translation>Conflit non résolu</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="88" />
      <source>From</source>
      <translation>Venant de</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="426" />
      <source>From %1: %2, %3.</source>
      <translation>De %1 : %2, %3.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="88" />
      <location filename="../../workbench/views/sync_screen.py" line="145" />
      <source>Here</source>
      <translation>Ici</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="462" />
      <source>Keep only what is here</source>
      <translation>Ne garder que ce qui est ici</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="147" />
      <location filename="../../workbench/views/sync_screen.py" line="360" />
      <source>Keep this</source>
      <translation>Garder celle-ci</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="169" />
      <source>Keep this value</source>
      <translation>Garder cette valeur</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="57" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="58" />
      <source>Last exchange</source>
      <translation>Dernier échange</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="397" />
      <source>Making the package for %1...</source>
      <translation>Préparation du paquet pour %1...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="157" />
      <source>Merged</source>
      <translation>Fusionnée</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="354" />
      <source>New code</source>
      <translation>Nouveau code</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="256" />
      <source>No conflict to review.</source>
      <translation>Aucun conflit à examiner.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="173" />
      <source>Open the record</source>
      <translation>Ouvrir la fiche</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="373" />
      <source>Package for %1</source>
      <translation>Paquet pour %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="57" />
      <source>Peer</source>
      <translation>Poste</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="87" />
      <source>Record</source>
      <translation>Fiche</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="360" />
      <source>Same household: keep this one</source>
      <translation>Même ménage : garder celui-ci</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="57" />
      <source>Scope</source>
      <translation>Périmètre</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="374" />
      <source>Sync packages (*%1)</source>
      <translation>Paquets de synchronisation (*%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="402" />
      <source>Sync packages (*%1);;All files (*)</source>
      <translation>Paquets de synchronisation (*%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="153" />
      <location filename="../../workbench/views/sync_screen.py" line="361" />
      <source>Take this</source>
      <translation>Prendre celle-ci</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="88" />
      <location filename="../../workbench/views/sync_screen.py" line="151" />
      <location filename="../../workbench/views/sync_screen.py" line="335" />
      <source>There</source>
      <translation>Là-bas</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="342" />
      <source>There: %1, %2</source>
      <translation>Là-bas : %1, %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="216" />
      <source>This database exchanges no packages yet. The office enrols each field laptop from its own database (workbench sync enrol); the laptop's database then exchanges packages with the office here.</source>
      <translation>Cette base n'échange encore aucun paquet. Le bureau inscrit chaque ordinateur de terrain depuis sa propre base (workbench sync enrol) ; la base de l'ordinateur échange ensuite ses paquets avec le bureau ici.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="222" />
      <source>This is the database of the field laptop %1: it exchanges packages with the office.</source>
      <translation>Ceci est la base de l'ordinateur de terrain %1 : elle échange des paquets avec le bureau.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="221" />
      <source>This is the office's database (%1): it exchanges packages with the field laptops below.</source>
      <translation>Ceci est la base du bureau (%1) : elle échange des paquets avec les ordinateurs de terrain ci-dessous.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="422" />
      <source>This package from %1 was applied before: nothing changed.</source>
      <translation>Ce paquet de %1 a déjà été appliqué : rien n'a changé.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="57" />
      <source>User</source>
      <translation>Utilisateur</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="168" />
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="87" />
      <source>Was</source>
      <translation>Avant</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="87" />
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="463" />
      <source>What %1 did to %2 is undone there with the next package. Keep only what is here?</source>
      <translation>Ce que %1 a fait à %2 y sera annulé avec le prochain paquet. Ne garder que ce qui est ici ?</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="228" />
      <source>Whole office</source>
      <translation>Tout le bureau</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="303" />
      <source>a new record with %1: give it a new code</source>
      <translation>une nouvelle fiche avec %1 : donnez-lui un nouveau code</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="299" />
      <source>as it was</source>
      <translation>tel quel</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="308" />
      <source>changed</source>
      <translation>modifié</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="287" />
      <source>changed here, deleted there</source>
      <translation>modifié ici, supprimé là-bas</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="289" />
      <source>code already used here</source>
      <translation>code déjà utilisé ici</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="298" />
      <location filename="../../workbench/views/sync_screen.py" line="308" />
      <source>deleted</source>
      <translation>supprimé</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="286" />
      <source>deleted here, changed there</source>
      <translation>supprimé ici, modifié là-bas</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="227" />
      <source>field laptop</source>
      <translation>ordinateur de terrain</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="298" />
      <source>kept, with its changes</source>
      <translation>gardé, avec ses modifications</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="226" />
      <source>never</source>
      <translation>jamais</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="227" />
      <source>office</source>
      <translation>bureau</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="473" />
      <source>one household, %1, with what %2 knew of it</source>
      <translation>un seul ménage, %1, avec ce que %2 en savait</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="290" />
      <source>possibly the same household</source>
      <translation>peut-être le même ménage</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="288" />
      <source>refused here</source>
      <translation>refusé ici</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="476" />
      <source>the merged value</source>
      <translation>la valeur fusionnée</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="475" />
      <source>the value from %1</source>
      <translation>la valeur de %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="472" />
      <source>the value here</source>
      <translation>la valeur d'ici</translation>
    </message>
    <message>
      <location filename="../../workbench/views/sync_screen.py" line="477" />
      <source>their record under the new code %1</source>
      <translation>leur fiche sous le nouveau code %1</translation>
    </message>
  </context>
  <context>
    <name>Task</name>
    <message>
      <location filename="../../workbench/views/tasks.py" line="119" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tasks.py" line="120" />
      <source>Please wait</source>
      <translation>Veuillez patienter</translation>
    </message>
  </context>
  <context>
    <name>UserDialog</name>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="38" />
      <source>Change user %1</source>
      <translation>Modifier l’utilisateur %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="56" />
      <source>Empty: the whole office</source>
      <translation>Vide : tout le bureau</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="47" />
      <source>Full name</source>
      <translation>Nom complet</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="44" />
      <source>Login name</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="38" />
      <source>New user</source>
      <translation>Nouvel utilisateur</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="57" />
      <source>Projects and sites, separated by commas: project:DRC-ECHO-2023-01, site:Kilwa</source>
      <translation>Projets et sites, séparés par des virgules : project:DRC-ECHO-2023-01, site:Kilwa</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="53" />
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="58" />
      <source>Scopes</source>
      <translation>Périmètres</translation>
    </message>
  </context>
  <context>
    <name>UsersScreen</name>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="164" />
      <source>%1 is deactivated.</source>
      <translation>%1 est désactivé.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="133" />
      <source>Active</source>
      <translation>Actif</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="100" />
      <source>Add...</source>
      <translation>Ajouter...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="103" />
      <source>Change...</source>
      <translation>Modifier...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="106" />
      <location filename="../../workbench/views/users_screen.py" line="155" />
      <source>Deactivate</source>
      <translation>Désactiver</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="155" />
      <source>Deactivate %1? They can no longer use this database; the history keeps their name.</source>
      <translation>Désactiver %1 ? Cette personne ne pourra plus utiliser cette base ; l’historique garde son nom.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="133" />
      <source>Deactivated</source>
      <translation>Désactivé</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="91" />
      <source>Full name</source>
      <translation>Nom complet</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="91" />
      <source>Login name</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="91" />
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="92" />
      <source>Scopes</source>
      <translation>Périmètres</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="92" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../workbench/views/users_screen.py" line="133" />
      <source>Whole office</source>
      <translation>Tout le bureau</translation>
    </message>
  </context>
  <context>
    <name>ValidationPage</name>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="677" />
      <source>%1 rows are rejected, so nothing can be imported as it is. Correct them in the file and import it again, or choose to import the valid rows only.</source>
      <translation>%1 lignes sont rejetées : rien ne peut être importé en l'état. Corrigez-les dans le fichier et importez-le à nouveau, ou choisissez de n'importer que les lignes valides.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="618" />
      <source>%1 rows read from %2.</source>
      <translation>%1 lignes lues dans %2.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="675" />
      <source>1 row is rejected, so nothing can be imported as it is. Correct it in the file and import it again, or choose to import the valid rows only.</source>
      <translation>1 ligne est rejetée : rien ne peut être importé en l'état. Corrigez-la dans le fichier et importez-le à nouveau, ou choisissez de n'importer que les lignes valides.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="638" />
      <source>After the import</source>
      <translation>Après l'import</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="525" />
      <source>Browse...</source>
      <translation>Parcourir...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="501" />
      <source>Changes</source>
      <translation>Modifications</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="640" />
      <source>Changes (%1)</source>
      <translation>Modifications (%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="471" />
      <source>Check the rows</source>
      <translation>Vérifier les lignes</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="575" />
      <source>Checking every row...</source>
      <translation>Vérification de chaque ligne...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="601" />
      <source>Checking the rows of %1...</source>
      <translation>Vérification des lignes de %1...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="622" />
      <source>Column</source>
      <translation>Colonne</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="642" />
      <source>Column in the file</source>
      <translation>Colonne du fichier</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="504" />
      <source>Columns imported</source>
      <translation>Colonnes importées</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="645" />
      <source>Columns imported (%1)</source>
      <translation>Colonnes importées (%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="628" />
      <source>Done</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="499" />
      <source>Duplicates</source>
      <translation>Doublons</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="632" />
      <source>Duplicates (%1)</source>
      <translation>Doublons (%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="472" />
      <source>Every row is checked against the same rules as a form; nothing is written yet.</source>
      <translation>Chaque ligne est vérifiée avec les mêmes règles qu'un formulaire ; rien n'est encore écrit.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="655" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="637" />
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="474" />
      <source>Import</source>
      <translation>Importer</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="512" />
      <source>Import nothing until every row is right (all or nothing)</source>
      <translation>Ne rien importer tant que toutes les lignes ne sont pas correctes (tout ou rien)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="515" />
      <source>Import the valid rows, and save the rejected rows to correct:</source>
      <translation>Importer les lignes valides et enregistrer les lignes rejetées à corriger :</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="642" />
      <source>Imported as</source>
      <translation>Importée comme</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="637" />
      <source>Now</source>
      <translation>Actuellement</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="649" />
      <source>Only the first %1 are listed.</source>
      <translation>Seules les %1 premières sont listées.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="622" />
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="628" />
      <location filename="../../workbench/views/import_wizard.py" line="637" />
      <source>Record</source>
      <translation>Enregistrement</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="498" />
      <source>Rejected rows</source>
      <translation>Lignes rejetées</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="631" />
      <source>Rejected rows (%1)</source>
      <translation>Lignes rejetées (%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="622" />
      <location filename="../../workbench/views/import_wizard.py" line="628" />
      <location filename="../../workbench/views/import_wizard.py" line="637" />
      <source>Row</source>
      <translation>Ligne</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="532" />
      <source>Rows naming a record already there</source>
      <translation>Lignes désignant un enregistrement existant</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="654" />
      <source>Save the rejected rows</source>
      <translation>Enregistrer les lignes rejetées</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="680" />
      <source>Say where to save the rejected rows.</source>
      <translation>Indiquez où enregistrer les lignes rejetées.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="534" />
      <source>Skip them</source>
      <translation>Les ignorer</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="598" />
      <source>The rows cannot be checked: %1</source>
      <translation>Les lignes ne peuvent pas être vérifiées : %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="684" />
      <source>There is nothing to import: no row is new or to update.</source>
      <translation>Rien à importer : aucune ligne n'est nouvelle ou à mettre à jour.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="536" />
      <source>Update the existing records</source>
      <translation>Mettre à jour les enregistrements existants</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="510" />
      <source>When rows are rejected</source>
      <translation>Si des lignes sont rejetées</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="628" />
      <source>Where</source>
      <translation>Où</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="484" />
      <source>duplicates skipped</source>
      <translation>doublons ignorés</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="485" />
      <source>rejected</source>
      <translation>rejetées</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="483" />
      <source>to create</source>
      <translation>à créer</translation>
    </message>
    <message>
      <location filename="../../workbench/views/import_wizard.py" line="483" />
      <source>to update</source>
      <translation>à mettre à jour</translation>
    </message>
  </context>
  <context>
    <name>actions</name>
    <message>
      <location filename="../../workbench/views/actions.py" line="311" />
      <source>%1 %2</source>
      <translation>%1 %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="199" />
      <source>%1: %2. On which date?</source>
      <translation>%1 : %2. À quelle date ?</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="161" />
      <source>Accepted by the provider</source>
      <translation>Accepté par le prestataire</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="113" />
      <source>Amount (%1)</source>
      <translation>Montant (%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="148" />
      <source>Approve</source>
      <translation>Approuver</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="178" />
      <source>Cancel the distribution</source>
      <translation>Annuler la distribution</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="150" />
      <source>Cancel the grant...</source>
      <translation>Annuler la subvention...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="152" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="174" />
      <source>Close the grant</source>
      <translation>Clôturer la subvention</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="174" />
      <source>Close the referral</source>
      <translation>Clôturer le référencement</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="174" />
      <source>Close the site</source>
      <translation>Fermer le site</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="106" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="162" />
      <source>Declined by the provider</source>
      <translation>Refusé par le prestataire</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="59" />
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="59" />
      <source>Delete the %1 %2? This cannot be undone.</source>
      <translation>Supprimer l'enregistrement %2 (%1) ? Cette action est irréversible.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="209" />
      <location filename="../../workbench/views/actions.py" line="279" />
      <source>Give the date as YYYY-MM-DD.</source>
      <translation>Indiquez la date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="159" />
      <source>Hand over</source>
      <translation>Marquer comme remis</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="157" />
      <source>Mark completed</source>
      <translation>Marquer comme terminé</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="57" />
      <location filename="../../workbench/views/actions.py" line="70" />
      <source>Not deleted</source>
      <translation>Non supprimé</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="116" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="153" />
      <source>Pay next tranche</source>
      <translation>Payer la tranche suivante</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="260" />
      <source>Pay the tranche</source>
      <translation>Payer la tranche</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="194" />
      <source>Pay tranche %1 of grant %2; %3 remain to be paid.</source>
      <translation>Paiement de la tranche %1 de la subvention %2 ; reste à payer : %3.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="267" />
      <source>Pay tranche No. %1 of household %2: %3.</source>
      <translation>Payer la tranche n° %1 du ménage %2 : %3.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="252" />
      <source>Payment method</source>
      <translation>Mode de paiement</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="251" />
      <source>Receipt or transaction number</source>
      <translation>Numéro de reçu ou de transaction</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="253" />
      <source>Reference</source>
      <translation>Référence</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="149" />
      <source>Reject</source>
      <translation>Rejeter</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="155" />
      <source>Reopen</source>
      <translation>Rouvrir</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="160" />
      <source>Send to the provider</source>
      <translation>Envoyer au prestataire</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="147" />
      <source>Send to vetting</source>
      <translation>Envoyer en vérification</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="163" />
      <source>Service delivered</source>
      <translation>Service fourni</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="154" />
      <source>Start closing</source>
      <translation>Commencer la fermeture</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="151" />
      <source>Start monitoring</source>
      <translation>Commencer le suivi</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="176" />
      <source>Start or resume</source>
      <translation>Démarrer ou reprendre</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="165" />
      <source>Start the distribution</source>
      <translation>Commencer la distribution</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="156" />
      <source>Start the work</source>
      <translation>Démarrer les travaux</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="158" />
      <source>Suspend</source>
      <translation>Suspendre</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="316" />
      <source>The amount</source>
      <translation>Le montant</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="317" />
      <source>The consent to share</source>
      <translation>Le consentement au partage</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="316" />
      <source>The date</source>
      <translation>La date</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="317" />
      <source>The date of the consent</source>
      <translation>La date du consentement</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="318" />
      <source>The provider</source>
      <translation>Le prestataire</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="233" />
      <source>The step was not taken.</source>
      <translation>L'étape n'a pas été enregistrée.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="286" />
      <source>The tranche was not paid.</source>
      <translation>La tranche n'a pas été payée.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="167" />
      <source>Verified: not received</source>
      <translation>Vérifié : non reçu</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="166" />
      <source>Verified: received</source>
      <translation>Vérifié : reçu</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="168" />
      <source>Verified: received with issues</source>
      <translation>Vérifié : reçu avec problèmes</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="164" />
      <source>Withdraw</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="224" />
      <source>is required</source>
      <translation>est obligatoire</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="221" />
      <source>must be a number</source>
      <translation>doit être un nombre</translation>
    </message>
    <message>
      <location filename="../../workbench/views/actions.py" line="217" />
      <source>must be a number: %1</source>
      <translation>doit être un nombre : %1</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <location filename="../../workbench/views/app.py" line="77" />
      <location filename="../../workbench/views/app.py" line="103" />
      <source>Cannot open the database</source>
      <translation>Impossible d'ouvrir la base de données</translation>
    </message>
  </context>
  <context>
    <name>columns</name>
    <message>
      <location filename="../../workbench/kinds/service_provider.py" line="42" />
      <source>Accepts referrals</source>
      <translation>Accepte les référencements</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator_value.py" line="59" />
      <source>Achieved</source>
      <translation>Atteint</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/user.py" line="18" />
      <source>Active</source>
      <translation>Actif</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="59" />
      <source>Actual end</source>
      <translation>Fin réelle</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="58" />
      <source>Actual start</source>
      <translation>Début réel</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/attachment.py" line="24" />
      <source>Added</source>
      <translation>Ajouté le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator.py" line="50" />
      <source>Adds up as</source>
      <translation>Cumul</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="61" />
      <location filename="../../workbench/kinds/referral.py" line="257" />
      <source>Age</source>
      <translation>Âge</translation>
    </message>
    <message>
      <location filename="../../workbench/views/columns.py" line="14" />
      <location filename="../../workbench/kinds/cash_tranche.py" line="53" />
      <location filename="../../workbench/kinds/grant.py" line="170" />
      <location filename="../../workbench/kinds/work_payment.py" line="28" />
      <source>Amount</source>
      <translation>Montant</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="253" />
      <source>Answer due</source>
      <translation>Réponse attendue</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="255" />
      <source>Answered</source>
      <translation>Réponse</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="171" />
      <source>Applied</source>
      <translation>Demandé le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="172" />
      <source>Approved</source>
      <translation>Approuvé le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/population_count.py" line="28" />
      <source>Boys</source>
      <translation>Garçons</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/project.py" line="37" />
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="167" />
      <source>Business</source>
      <translation>Entreprise</translation>
    </message>
    <message>
      <location filename="../../workbench/views/columns.py" line="18" />
      <location filename="../../workbench/views/columns.py" line="22" />
      <source>By</source>
      <translation>Par</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/attachment.py" line="23" />
      <source>Bytes</source>
      <translation>Octets</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="59" />
      <location filename="../../workbench/kinds/crc_session.py" line="46" />
      <location filename="../../workbench/kinds/referral.py" line="249" />
      <source>CRC</source>
      <translation>CRC</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="249" />
      <source>Case</source>
      <translation>Cas</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/complaint.py" line="30" />
      <location filename="../../workbench/kinds/kit_type.py" line="68" />
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/complaint.py" line="29" />
      <location filename="../../workbench/kinds/crc_contact.py" line="60" />
      <source>Channel</source>
      <translation>Canal</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="47" />
      <location filename="../../workbench/kinds/site.py" line="85" />
      <source>Closed</source>
      <translation>Fermé le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="43" />
      <location filename="../../workbench/kinds/distribution.py" line="93" />
      <location filename="../../workbench/kinds/donor.py" line="26" />
      <location filename="../../workbench/kinds/grant.py" line="165" />
      <location filename="../../workbench/kinds/household.py" line="183" />
      <location filename="../../workbench/kinds/indicator.py" line="49" />
      <location filename="../../workbench/kinds/kit_type.py" line="67" />
      <location filename="../../workbench/kinds/outcome.py" line="15" />
      <location filename="../../workbench/kinds/output.py" line="15" />
      <location filename="../../workbench/kinds/project.py" line="34" />
      <location filename="../../workbench/kinds/referral.py" line="248" />
      <location filename="../../workbench/kinds/service_provider.py" line="39" />
      <location filename="../../workbench/kinds/work.py" line="52" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee.py" line="20" />
      <source>Committee</source>
      <translation>Comité</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution.py" line="97" />
      <source>Completed</source>
      <translation>Terminée</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/site_infrastructure.py" line="23" />
      <source>Condition</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/service_provider.py" line="41" />
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="55" />
      <source>Contract value</source>
      <translation>Valeur du contrat</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="54" />
      <source>Contractor</source>
      <translation>Entrepreneur</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/population_count.py" line="26" />
      <source>Counted on</source>
      <translation>Compté le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/site.py" line="86" />
      <source>DTM site ID</source>
      <translation>ID de site DTM</translation>
    </message>
    <message>
      <location filename="../../workbench/views/columns.py" line="16" />
      <location filename="../../workbench/views/columns.py" line="20" />
      <location filename="../../workbench/kinds/crc_contact.py" line="59" />
      <location filename="../../workbench/kinds/crc_session.py" line="46" />
      <location filename="../../workbench/kinds/stock_movement.py" line="152" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="60" />
      <source>Days late</source>
      <translation>Jours de retard</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="187" />
      <source>Departed</source>
      <translation>Parti le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/attachment.py" line="23" />
      <location filename="../../workbench/kinds/complaint.py" line="32" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/stock_movement.py" line="155" />
      <source>Distribution</source>
      <translation>Distribution</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/project.py" line="35" />
      <source>Donor</source>
      <translation>Bailleur</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/project.py" line="36" />
      <source>End</source>
      <translation>Fin</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_session.py" line="48" />
      <source>Facilitator</source>
      <translation>Animateur</translation>
    </message>
    <message>
      <location filename="../../workbench/views/columns.py" line="25" />
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/attachment.py" line="22" />
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="48" />
      <source>Focal point</source>
      <translation>Point focal</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee.py" line="20" />
      <source>Formed on</source>
      <translation>Formé le</translation>
    </message>
    <message>
      <location filename="../../workbench/views/columns.py" line="17" />
      <location filename="../../workbench/views/columns.py" line="21" />
      <source>From</source>
      <translation>De</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/user.py" line="17" />
      <source>Full name</source>
      <translation>Nom complet</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/population_count.py" line="27" />
      <source>Girls</source>
      <translation>Filles</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/entitlement.py" line="82" />
      <location filename="../../workbench/kinds/household.py" line="183" />
      <location filename="../../workbench/kinds/receipt.py" line="144" />
      <source>Head of household</source>
      <translation>Chef de ménage</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee_training.py" line="18" />
      <source>Held on</source>
      <translation>Tenue le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_session.py" line="51" />
      <source>Host community</source>
      <translation>Communauté hôte</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/entitlement.py" line="82" />
      <location filename="../../workbench/kinds/receipt.py" line="144" />
      <source>Household</source>
      <translation>Ménage</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/population_count.py" line="26" />
      <source>Households</source>
      <translation>Ménages</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/donor.py" line="27" />
      <source>IATI identifier</source>
      <translation>Identifiant IATI</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_session.py" line="50" />
      <source>IDPs</source>
      <translation>PDI</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator_value.py" line="57" />
      <source>Indicator</source>
      <translation>Indicateur</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/population_count.py" line="27" />
      <source>Individuals</source>
      <translation>Individus</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/site.py" line="84" />
      <source>Individuals (last count)</source>
      <translation>Individus (dernier comptage)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="63" />
      <source>Information given</source>
      <translation>Information donnée</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="186" />
      <source>Intention</source>
      <translation>Intention</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_item.py" line="37" />
      <source>Item</source>
      <translation>Article</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="44" />
      <location filename="../../workbench/kinds/crc_session.py" line="47" />
      <location filename="../../workbench/kinds/site_infrastructure.py" line="22" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution_kit.py" line="71" />
      <location filename="../../workbench/kinds/entitlement.py" line="84" />
      <location filename="../../workbench/kinds/stock_movement.py" line="153" />
      <source>Kit type</source>
      <translation>Type de kit</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/entitlement.py" line="85" />
      <location filename="../../workbench/kinds/stock_movement.py" line="154" />
      <source>Kits</source>
      <translation>Kits</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/service_provider.py" line="43" />
      <source>Last verified</source>
      <translation>Vérifié le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/location.py" line="110" />
      <source>Latitude</source>
      <translation>Latitude</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/location.py" line="109" />
      <source>Level</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/location.py" line="109" />
      <source>Local name</source>
      <translation>Nom local</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="169" />
      <location filename="../../workbench/kinds/site.py" line="81" />
      <location filename="../../workbench/kinds/work.py" line="54" />
      <source>Location</source>
      <translation>Localisation</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/user.py" line="17" />
      <source>Login name</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/location.py" line="111" />
      <source>Longitude</source>
      <translation>Longitude</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/site.py" line="82" />
      <source>Managing agency</source>
      <translation>Agence gestionnaire</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="46" />
      <source>Managing organisation</source>
      <translation>Organisation gestionnaire</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee.py" line="21" />
      <source>Members</source>
      <translation>Membres</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/population_count.py" line="29" />
      <source>Men</source>
      <translation>Hommes</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="55" />
      <source>Method</source>
      <translation>Mode</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_type.py" line="71" />
      <source>Minimum</source>
      <translation>Minimum</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution.py" line="95" />
      <source>Modality</source>
      <translation>Modalité</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/stock_movement.py" line="153" />
      <source>Movement</source>
      <translation>Mouvement</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="43" />
      <location filename="../../workbench/kinds/donor.py" line="26" />
      <location filename="../../workbench/kinds/kit_type.py" line="67" />
      <location filename="../../workbench/kinds/location.py" line="108" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../workbench/views/columns.py" line="27" />
      <source>New value</source>
      <translation>Nouvelle valeur</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="52" />
      <source>No.</source>
      <translation>N°</translation>
    </message>
    <message>
      <location filename="../../workbench/views/columns.py" line="19" />
      <location filename="../../workbench/views/columns.py" line="23" />
      <location filename="../../workbench/kinds/progress_report.py" line="108" />
      <location filename="../../workbench/kinds/stock_movement.py" line="155" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../workbench/views/columns.py" line="26" />
      <source>Old value</source>
      <translation>Ancienne valeur</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/population_count.py" line="30" />
      <source>Older men</source>
      <translation>Hommes 60+</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/population_count.py" line="29" />
      <source>Older women</source>
      <translation>Femmes 60+</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="47" />
      <location filename="../../workbench/kinds/site.py" line="85" />
      <source>Opened</source>
      <translation>Ouvert le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/service_provider.py" line="39" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="254" />
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="44" />
      <location filename="../../workbench/kinds/distribution.py" line="94" />
      <location filename="../../workbench/kinds/location.py" line="108" />
      <location filename="../../workbench/kinds/service_provider.py" line="40" />
      <location filename="../../workbench/kinds/site.py" line="81" />
      <source>P-code</source>
      <translation>P-code</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="171" />
      <source>Paid</source>
      <translation>Payé</translation>
    </message>
    <message>
      <location filename="../../workbench/views/columns.py" line="15" />
      <location filename="../../workbench/kinds/cash_tranche.py" line="54" />
      <location filename="../../workbench/kinds/work_payment.py" line="27" />
      <source>Paid on</source>
      <translation>Payé le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee_training.py" line="19" />
      <location filename="../../workbench/kinds/crc_session.py" line="49" />
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_type.py" line="70" />
      <source>People per kit</source>
      <translation>Personnes par kit</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="61" />
      <source>People served</source>
      <translation>Personnes desservies</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_type.py" line="69" />
      <source>Per household</source>
      <translation>Par ménage</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator_value.py" line="58" />
      <source>Period</source>
      <translation>Période</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution.py" line="96" />
      <source>Planned</source>
      <translation>Prévue</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="57" />
      <source>Planned end</source>
      <translation>Fin prévue</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="54" />
      <source>Planned on</source>
      <translation>Prévu le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="57" />
      <source>Planned start</source>
      <translation>Début prévu</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="60" />
      <source>Population group</source>
      <translation>Groupe de population</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="252" />
      <source>Priority</source>
      <translation>Priorité</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="165" />
      <source>Programme</source>
      <translation>Programme</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/progress_report.py" line="108" />
      <location filename="../../workbench/kinds/work.py" line="56" />
      <source>Progress</source>
      <translation>Avancement</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="45" />
      <location filename="../../workbench/kinds/distribution.py" line="93" />
      <location filename="../../workbench/kinds/grant.py" line="168" />
      <location filename="../../workbench/kinds/site.py" line="82" />
      <location filename="../../workbench/kinds/work.py" line="53" />
      <source>Project</source>
      <translation>Projet</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/receipt.py" line="147" />
      <source>Proof</source>
      <translation>Preuve</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="52" />
      <source>Purpose</source>
      <translation>Objet</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_item.py" line="37" />
      <location filename="../../workbench/kinds/site_infrastructure.py" line="22" />
      <source>Quantity</source>
      <translation>Quantité</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/complaint.py" line="29" />
      <location filename="../../workbench/kinds/receipt.py" line="146" />
      <source>Received</source>
      <translation>Reçu le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/receipt.py" line="146" />
      <source>Received by</source>
      <translation>Reçu par</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="166" />
      <source>Recipient</source>
      <translation>Bénéficiaire</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/receipt.py" line="150" />
      <source>Recorded by</source>
      <translation>Saisi par</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/site_infrastructure.py" line="23" />
      <source>Recorded on</source>
      <translation>Relevé le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="56" />
      <location filename="../../workbench/kinds/work_payment.py" line="29" />
      <source>Reference</source>
      <translation>Référence</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="248" />
      <source>Referred</source>
      <translation>Référé le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="251" />
      <source>Referred to</source>
      <translation>Référé vers</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="186" />
      <source>Registered</source>
      <translation>Enregistré le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/progress_report.py" line="107" />
      <source>Reported on</source>
      <translation>Date du rapport</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/complaint.py" line="31" />
      <source>Resolved</source>
      <translation>Résolu le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_session.py" line="50" />
      <source>Returnees</source>
      <translation>Retournés</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/user.py" line="18" />
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_type.py" line="68" />
      <source>Rule</source>
      <translation>Règle</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="258" />
      <source>Satisfaction</source>
      <translation>Satisfaction</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="168" />
      <source>Sector</source>
      <translation>Secteur</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/project.py" line="38" />
      <source>Sectors</source>
      <translation>Secteurs</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="250" />
      <source>Service</source>
      <translation>Service</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/service_provider.py" line="40" />
      <source>Services</source>
      <translation>Services</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="61" />
      <location filename="../../workbench/kinds/household.py" line="184" />
      <location filename="../../workbench/kinds/referral.py" line="256" />
      <source>Sex</source>
      <translation>Sexe</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution.py" line="94" />
      <location filename="../../workbench/kinds/household.py" line="185" />
      <location filename="../../workbench/kinds/site.py" line="80" />
      <source>Site</source>
      <translation>Site</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/entitlement.py" line="84" />
      <location filename="../../workbench/kinds/household.py" line="184" />
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/project.py" line="36" />
      <source>Start</source>
      <translation>Début</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution.py" line="96" />
      <source>Started</source>
      <translation>Commencée</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="53" />
      <location filename="../../workbench/kinds/complaint.py" line="30" />
      <location filename="../../workbench/kinds/distribution.py" line="95" />
      <location filename="../../workbench/kinds/grant.py" line="169" />
      <location filename="../../workbench/kinds/household.py" line="185" />
      <location filename="../../workbench/kinds/project.py" line="35" />
      <location filename="../../workbench/kinds/referral.py" line="253" />
      <location filename="../../workbench/kinds/site.py" line="83" />
      <location filename="../../workbench/kinds/work.py" line="56" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator_value.py" line="59" />
      <source>Target</source>
      <translation>Cible</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator.py" line="49" />
      <location filename="../../workbench/kinds/indicator_value.py" line="57" />
      <location filename="../../workbench/kinds/outcome.py" line="15" />
      <location filename="../../workbench/kinds/output.py" line="15" />
      <location filename="../../workbench/kinds/project.py" line="34" />
      <location filename="../../workbench/kinds/work.py" line="52" />
      <source>Title</source>
      <translation>Intitulé</translation>
    </message>
    <message>
      <location filename="../../workbench/views/columns.py" line="18" />
      <location filename="../../workbench/views/columns.py" line="22" />
      <source>To</source>
      <translation>À</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee_training.py" line="18" />
      <location filename="../../workbench/kinds/crc_session.py" line="47" />
      <source>Topic</source>
      <translation>Sujet</translation>
    </message>
    <message>
      <location filename="../../workbench/views/columns.py" line="13" />
      <source>Tranche</source>
      <translation>Tranche</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/attachment.py" line="22" />
      <location filename="../../workbench/kinds/site.py" line="80" />
      <location filename="../../workbench/kinds/work.py" line="53" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator.py" line="50" />
      <location filename="../../workbench/kinds/indicator_value.py" line="58" />
      <location filename="../../workbench/kinds/kit_item.py" line="38" />
      <source>Unit</source>
      <translation>Unité</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/receipt.py" line="148" />
      <source>Verification</source>
      <translation>Vérification</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/receipt.py" line="149" />
      <source>Verified</source>
      <translation>Vérifié</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution.py" line="98" />
      <location filename="../../workbench/kinds/stock_movement.py" line="152" />
      <source>Warehouse</source>
      <translation>Entrepôt</translation>
    </message>
    <message>
      <location filename="../../workbench/views/columns.py" line="25" />
      <source>What</source>
      <translation>Quoi</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="62" />
      <source>What was asked</source>
      <translation>Demande</translation>
    </message>
    <message>
      <location filename="../../workbench/views/columns.py" line="24" />
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <location filename="../../workbench/views/columns.py" line="24" />
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee.py" line="21" />
      <location filename="../../workbench/kinds/population_count.py" line="28" />
      <source>Women</source>
      <translation>Femmes</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../workbench/views/errors.py" line="86" />
      <source>Not possible</source>
      <translation>Impossible</translation>
    </message>
  </context>
  <context>
    <name>fields</name>
    <message>
      <location filename="../../workbench/views/forms.py" line="76" />
      <source>(none)</source>
      <translation>(aucune)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/service_provider.py" line="31" />
      <source>Accepts referrals</source>
      <translation>Accepte les référencements</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator_value.py" line="52" />
      <source>Achieved</source>
      <translation>Atteint</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/user.py" line="15" />
      <source>Active</source>
      <translation>Actif</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="49" />
      <source>Actual end</source>
      <translation>Fin effective</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="48" />
      <source>Actual start</source>
      <translation>Début effectif</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/attachment.py" line="17" />
      <source>Added on</source>
      <translation>Ajouté le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="43" />
      <location filename="../../workbench/kinds/referral.py" line="198" />
      <source>Age group</source>
      <translation>Tranche d'âge</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/common.py" line="34" />
      <source>Amount</source>
      <translation>Montant</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="216" />
      <source>Answer due by</source>
      <translation>Réponse attendue au plus tard le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="230" />
      <source>Answered on</source>
      <translation>Réponse le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="142" />
      <source>Applied on</source>
      <translation>Demandé le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="162" />
      <source>Approved on</source>
      <translation>Approuvée le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_type.py" line="62" />
      <source>At least (kits)</source>
      <translation>Au moins (kits)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/attachment.py" line="18" />
      <source>Attached to</source>
      <translation>Joint à</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="167" />
      <source>Attended a come-and-tell session</source>
      <translation>Séance come-and-tell suivie</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator.py" line="42" />
      <source>Baseline</source>
      <translation>Situation de référence</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/common.py" line="18" />
      <source>Boys (0-17)</source>
      <translation>Garçons (0-17)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/project.py" line="27" />
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="147" />
      <source>Business name (EDF)</source>
      <translation>Nom de l'entreprise (EDF)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_session.py" line="9" />
      <source>By population group</source>
      <translation>Par groupe de population</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/common.py" line="14" />
      <source>By sex and age</source>
      <translation>Par sexe et âge</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="24" />
      <location filename="../../workbench/kinds/crc_session.py" line="20" />
      <location filename="../../workbench/kinds/referral.py" line="186" />
      <source>CRC</source>
      <translation>CRC</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="191" />
      <source>Case code</source>
      <translation>Code du cas</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/complaint.py" line="21" />
      <location filename="../../workbench/kinds/kit_type.py" line="45" />
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/complaint.py" line="19" />
      <location filename="../../workbench/kinds/crc_contact.py" line="28" />
      <source>Channel</source>
      <translation>Canal</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/attachment.py" line="20" />
      <source>Checksum</source>
      <translation>Somme de contrôle</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="37" />
      <location filename="../../workbench/kinds/referral.py" line="232" />
      <location filename="../../workbench/kinds/site.py" line="66" />
      <source>Closed on</source>
      <translation>Fermé le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="20" />
      <location filename="../../workbench/kinds/distribution.py" line="73" />
      <location filename="../../workbench/kinds/donor.py" line="15" />
      <location filename="../../workbench/kinds/grant.py" line="125" />
      <location filename="../../workbench/kinds/household.py" line="134" />
      <location filename="../../workbench/kinds/indicator.py" line="35" />
      <location filename="../../workbench/kinds/kit_type.py" line="41" />
      <location filename="../../workbench/kinds/outcome.py" line="12" />
      <location filename="../../workbench/kinds/output.py" line="12" />
      <location filename="../../workbench/kinds/project.py" line="19" />
      <location filename="../../workbench/kinds/referral.py" line="183" />
      <location filename="../../workbench/kinds/service_provider.py" line="20" />
      <location filename="../../workbench/kinds/work.py" line="27" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee_training.py" line="13" />
      <source>Committee</source>
      <translation>Comité</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/receipt.py" line="141" />
      <source>Complaint</source>
      <translation>Plainte</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution.py" line="90" />
      <source>Completed on</source>
      <translation>Terminée le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/site_infrastructure.py" line="18" />
      <source>Condition</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="217" />
      <source>Consent given</source>
      <translation>Consentement donné</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="221" />
      <source>Consent given by</source>
      <translation>Consentement donné par</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="219" />
      <source>Consent given on</source>
      <translation>Consentement donné le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="21" />
      <source>Consent to share</source>
      <translation>Consentement au partage</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/service_provider.py" line="29" />
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="38" />
      <source>Contract value</source>
      <translation>Valeur du contrat</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="34" />
      <source>Contractor</source>
      <translation>Entrepreneur</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/population_count.py" line="17" />
      <source>Counted on</source>
      <translation>Compté le</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="41" />
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="345" />
      <location filename="../../workbench/kinds/common.py" line="30" />
      <source>Currency</source>
      <translation>Devise</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/site.py" line="70" />
      <source>DTM site ID</source>
      <translation>ID de site DTM</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="157" />
      <source>Daily rate (CfW)</source>
      <translation>Taux journalier (CfW)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/stock_movement.py" line="138" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="26" />
      <source>Date of contact</source>
      <translation>Date du contact</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution.py" line="12" />
      <location filename="../../workbench/kinds/work.py" line="8" />
      <source>Dates</source>
      <translation>Dates</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="155" />
      <source>Days worked (CfW)</source>
      <translation>Jours travaillés (CfW)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="174" />
      <source>Departure date</source>
      <translation>Date de départ</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/attachment.py" line="14" />
      <location filename="../../workbench/kinds/complaint.py" line="26" />
      <location filename="../../workbench/kinds/kit_type.py" line="64" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="170" />
      <source>Destination</source>
      <translation>Destination</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/base.py" line="25" />
      <location filename="../../workbench/kinds/cash_tranche.py" line="35" />
      <location filename="../../workbench/kinds/work_payment.py" line="20" />
      <source>Details</source>
      <translation>Détails</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution_kit.py" line="68" />
      <location filename="../../workbench/kinds/entitlement.py" line="75" />
      <location filename="../../workbench/kinds/receipt.py" line="117" />
      <location filename="../../workbench/kinds/stock_movement.py" line="146" />
      <source>Distribution</source>
      <translation>Distribution</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/project.py" line="22" />
      <source>Donor</source>
      <translation>Bailleur</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="25" />
      <source>Durable solution</source>
      <translation>Solution durable</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/project.py" line="26" />
      <source>End date</source>
      <translation>Date de fin</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/common.py" line="41" />
      <source>Exchange rate to the project's currency</source>
      <translation>Taux de change vers la devise du projet</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_session.py" line="33" />
      <source>Facilitator</source>
      <translation>Animateur</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/attachment.py" line="13" />
      <source>File name</source>
      <translation>Nom du fichier</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="39" />
      <source>Focal point</source>
      <translation>Point focal</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="22" />
      <source>Follow-up</source>
      <translation>Suivi</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="238" />
      <source>Follow-up feedback</source>
      <translation>Retour du suivi</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="236" />
      <source>Followed up on</source>
      <translation>Suivi le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee.py" line="15" />
      <source>Formed on</source>
      <translation>Formé le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/user.py" line="13" />
      <source>Full name</source>
      <translation>Nom complet</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/common.py" line="16" />
      <source>Girls (0-17)</source>
      <translation>Filles (0-17)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="137" />
      <source>Head of household</source>
      <translation>Chef de ménage</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee_training.py" line="15" />
      <location filename="../../workbench/kinds/crc_session.py" line="22" />
      <source>Held on</source>
      <translation>Tenue le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_session.py" line="42" />
      <source>Host community</source>
      <translation>Communauté hôte</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="27" />
      <location filename="../../workbench/kinds/crc_contact.py" line="46" />
      <location filename="../../workbench/kinds/entitlement.py" line="76" />
      <location filename="../../workbench/kinds/receipt.py" line="120" />
      <location filename="../../workbench/kinds/referral.py" line="193" />
      <source>Household</source>
      <translation>Ménage</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/population_count.py" line="19" />
      <source>Households</source>
      <translation>Ménages</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_type.py" line="13" />
      <source>How many a household gets</source>
      <translation>Combien par ménage</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator.py" line="40" />
      <source>How the reporting periods make one figure: counts add up; a share takes its latest value or the mean of the periods; a figure measured again each period takes its largest</source>
      <translation>Comment les périodes de rapport donnent un seul chiffre : les effectifs s'additionnent ; une part prend sa dernière valeur ou la moyenne des périodes ; un chiffre mesuré à nouveau à chaque période prend le plus élevé</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/donor.py" line="20" />
      <source>IATI organisation identifier</source>
      <translation>Identifiant d'organisation IATI</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_session.py" line="38" />
      <source>IDPs</source>
      <translation>PDI</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator_value.py" line="43" />
      <source>Indicator</source>
      <translation>Indicateur</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/population_count.py" line="21" />
      <source>Individuals</source>
      <translation>Individus</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="55" />
      <source>Information given</source>
      <translation>Information donnée</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="160" />
      <source>Intention</source>
      <translation>Intention</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_item.py" line="32" />
      <source>Item</source>
      <translation>Article</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="149" />
      <source>Jobs created (EDF)</source>
      <translation>Emplois créés (EDF)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="151" />
      <source>Jobs retained (EDF)</source>
      <translation>Emplois maintenus (EDF)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/site_infrastructure.py" line="13" />
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="153" />
      <source>Kind of assistance (ILA)</source>
      <translation>Type d'assistance (ILA)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="24" />
      <source>Kind of centre</source>
      <translation>Type de centre</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_session.py" line="24" />
      <source>Kind of session</source>
      <translation>Type de session</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution_kit.py" line="69" />
      <location filename="../../workbench/kinds/entitlement.py" line="77" />
      <location filename="../../workbench/kinds/kit_item.py" line="30" />
      <location filename="../../workbench/kinds/stock_movement.py" line="136" />
      <source>Kit type</source>
      <translation>Type de kit</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/entitlement.py" line="78" />
      <location filename="../../workbench/kinds/stock_movement.py" line="145" />
      <source>Kits</source>
      <translation>Kits</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_type.py" line="58" />
      <source>Kits per household (fixed)</source>
      <translation>Kits par ménage (fixe)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/service_provider.py" line="34" />
      <source>Last verified on</source>
      <translation>Vérifié le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="176" />
      <location filename="../../workbench/kinds/location.py" line="105" />
      <location filename="../../workbench/kinds/site.py" line="74" />
      <source>Latitude</source>
      <translation>Latitude</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/entitlement.py" line="78" />
      <source>Left empty: what the kit type's rule gives the household's size</source>
      <translation>Laissé vide : ce que la règle du type de kit donne pour la taille du ménage</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/location.py" line="99" />
      <source>Level</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/location.py" line="96" />
      <source>Local name</source>
      <translation>Nom local</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="44" />
      <source>Locality / village</source>
      <translation>Localité / village</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/common.py" line="49" />
      <source>Location</source>
      <translation>Localisation</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/user.py" line="12" />
      <source>Login name</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="178" />
      <location filename="../../workbench/kinds/location.py" line="106" />
      <location filename="../../workbench/kinds/site.py" line="76" />
      <source>Longitude</source>
      <translation>Longitude</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/site.py" line="57" />
      <source>Managing agency</source>
      <translation>Agence gestionnaire</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="32" />
      <source>Managing organisation</source>
      <translation>Organisation gestionnaire</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator.py" line="43" />
      <source>Means of verification</source>
      <translation>Moyens de vérification</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee.py" line="16" />
      <source>Members</source>
      <translation>Membres</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/common.py" line="22" />
      <source>Men (18-59)</source>
      <translation>Hommes (18-59)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution.py" line="78" />
      <source>Modality</source>
      <translation>Modalité</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/base.py" line="28" />
      <location filename="../../workbench/kinds/work.py" line="38" />
      <source>Money</source>
      <translation>Finances</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/stock_movement.py" line="139" />
      <source>Movement</source>
      <translation>Mouvement</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee.py" line="13" />
      <location filename="../../workbench/kinds/crc.py" line="22" />
      <location filename="../../workbench/kinds/donor.py" line="17" />
      <location filename="../../workbench/kinds/kit_type.py" line="43" />
      <location filename="../../workbench/kinds/location.py" line="93" />
      <location filename="../../workbench/kinds/site.py" line="44" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/receipt.py" line="129" />
      <source>Name of the proxy</source>
      <translation>Nom du mandataire</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="194" />
      <source>Never for a protection, GBV, child-protection or MHPSS referral</source>
      <translation>Jamais pour un référencement protection, VBG, protection de l'enfance ou SMSPS</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution.py" line="87" />
      <location filename="../../workbench/kinds/progress_report.py" line="105" />
      <location filename="../../workbench/kinds/receipt.py" line="138" />
      <location filename="../../workbench/kinds/stock_movement.py" line="149" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="29" />
      <source>Number</source>
      <translation>Numéro</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/common.py" line="26" />
      <source>Older men (60+)</source>
      <translation>Hommes âgés (60+)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/common.py" line="24" />
      <source>Older women (60+)</source>
      <translation>Femmes âgées (60+)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_type.py" line="60" />
      <source>One kit per how many people</source>
      <translation>Un kit pour combien de personnes</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="35" />
      <location filename="../../workbench/kinds/site.py" line="59" />
      <source>Opened on</source>
      <translation>Ouvert le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/service_provider.py" line="23" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/donor.py" line="23" />
      <source>Organisation type</source>
      <translation>Type d'organisation</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator.py" line="46" />
      <location filename="../../workbench/kinds/output.py" line="11" />
      <source>Outcome</source>
      <translation>Effet</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator.py" line="47" />
      <source>Output</source>
      <translation>Produit</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/location.py" line="90" />
      <source>P-code</source>
      <translation>P-code</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="40" />
      <location filename="../../workbench/kinds/work_payment.py" line="18" />
      <source>Paid on</source>
      <translation>Payé le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/location.py" line="101" />
      <source>Part of</source>
      <translation>Fait partie de</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee_training.py" line="16" />
      <location filename="../../workbench/kinds/crc_session.py" line="35" />
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/project.py" line="31" />
      <source>Partners</source>
      <translation>Partenaires</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="42" />
      <source>Payment method</source>
      <translation>Mode de paiement</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="47" />
      <source>Payment reference</source>
      <translation>Référence du paiement</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="36" />
      <source>People served</source>
      <translation>Personnes desservies</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/project.py" line="8" />
      <source>Period and budget</source>
      <translation>Période et budget</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator_value.py" line="49" />
      <source>Period end</source>
      <translation>Fin de période</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator_value.py" line="47" />
      <source>Period start</source>
      <translation>Début de période</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator.py" line="39" />
      <source>Periods add up as</source>
      <translation>Cumul des périodes</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="138" />
      <location filename="../../workbench/kinds/household.py" line="143" />
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="83" />
      <source>Pick a date</source>
      <translation>Choisir une date</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="44" />
      <source>Planned end</source>
      <translation>Fin prévue</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="39" />
      <location filename="../../workbench/kinds/distribution.py" line="83" />
      <source>Planned on</source>
      <translation>Prévu le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="42" />
      <source>Planned start</source>
      <translation>Début prévu</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="34" />
      <source>Population group</source>
      <translation>Groupe de population</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="211" />
      <source>Priority</source>
      <translation>Priorité</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="128" />
      <source>Programme</source>
      <translation>Programme</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="25" />
      <source>Programme details</source>
      <translation>Détails du programme</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/progress_report.py" line="102" />
      <source>Progress (%)</source>
      <translation>Avancement (%)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/common.py" line="47" />
      <location filename="../../workbench/kinds/indicator.py" line="34" />
      <location filename="../../workbench/kinds/outcome.py" line="11" />
      <source>Project</source>
      <translation>Projet</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/receipt.py" line="131" />
      <source>Proof</source>
      <translation>Preuve</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="42" />
      <source>Province / governorate</source>
      <translation>Province / gouvernorat</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="31" />
      <source>Purpose</source>
      <translation>Objet</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_item.py" line="34" />
      <location filename="../../workbench/kinds/site_infrastructure.py" line="17" />
      <source>Quantity</source>
      <translation>Quantité</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/common.py" line="43" />
      <source>Rate date</source>
      <translation>Date du taux</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/receipt.py" line="124" />
      <source>Received by</source>
      <translation>Reçu par</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/complaint.py" line="17" />
      <location filename="../../workbench/kinds/receipt.py" line="122" />
      <source>Received on</source>
      <translation>Reçu le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="132" />
      <source>Recipient</source>
      <translation>Bénéficiaire</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/attachment.py" line="19" />
      <source>Record</source>
      <translation>Enregistrement</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/receipt.py" line="136" />
      <source>Recorded by</source>
      <translation>Saisi par</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/site_infrastructure.py" line="20" />
      <source>Recorded on</source>
      <translation>Relevé le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="48" />
      <location filename="../../workbench/kinds/work_payment.py" line="22" />
      <source>Reference</source>
      <translation>Référence</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="188" />
      <source>Referred on</source>
      <translation>Référé le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="208" />
      <source>Referred to</source>
      <translation>Référé vers</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="158" />
      <source>Registered on</source>
      <translation>Enregistré le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/progress_report.py" line="100" />
      <source>Reported on</source>
      <translation>Date du rapport</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator_value.py" line="45" />
      <source>Reporting period</source>
      <translation>Période de rapport</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/complaint.py" line="25" />
      <source>Resolved on</source>
      <translation>Résolu le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="233" />
      <source>Result of the referral</source>
      <translation>Résultat du référencement</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_session.py" line="40" />
      <source>Returnees</source>
      <translation>Retournés</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/user.py" line="14" />
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_type.py" line="53" />
      <source>Rule</source>
      <translation>Règle</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="240" />
      <source>Satisfaction</source>
      <translation>Satisfaction</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="141" />
      <source>Sector</source>
      <translation>Secteur</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/project.py" line="30" />
      <source>Sectors</source>
      <translation>Secteurs</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="229" />
      <source>Sent on</source>
      <translation>Envoyé le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="231" />
      <source>Service delivered on</source>
      <translation>Service fourni le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="200" />
      <source>Service needed</source>
      <translation>Service demandé</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/service_provider.py" line="26" />
      <source>Services offered</source>
      <translation>Services offerts</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="41" />
      <location filename="../../workbench/kinds/referral.py" line="196" />
      <source>Sex</source>
      <translation>Sexe</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="140" />
      <source>Sex of the head</source>
      <translation>Sexe du chef de ménage</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="135" />
      <source>Sex of the recipient</source>
      <translation>Sexe du bénéficiaire</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee.py" line="12" />
      <location filename="../../workbench/kinds/complaint.py" line="16" />
      <location filename="../../workbench/kinds/distribution.py" line="76" />
      <location filename="../../workbench/kinds/household.py" line="156" />
      <location filename="../../workbench/kinds/population_count.py" line="16" />
      <location filename="../../workbench/kinds/site_infrastructure.py" line="12" />
      <source>Site</source>
      <translation>Site</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="150" />
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/attachment.py" line="16" />
      <source>Size (bytes)</source>
      <translation>Taille (octets)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/project.py" line="24" />
      <source>Start date</source>
      <translation>Date de début</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution.py" line="89" />
      <source>Started on</source>
      <translation>Commencée le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="37" />
      <location filename="../../workbench/kinds/complaint.py" line="22" />
      <location filename="../../workbench/kinds/distribution.py" line="88" />
      <location filename="../../workbench/kinds/grant.py" line="161" />
      <location filename="../../workbench/kinds/household.py" line="145" />
      <location filename="../../workbench/kinds/project.py" line="23" />
      <location filename="../../workbench/kinds/referral.py" line="228" />
      <location filename="../../workbench/kinds/site.py" line="61" />
      <location filename="../../workbench/kinds/work.py" line="46" />
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="23" />
      <source>Steps</source>
      <translation>Étapes</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator_value.py" line="50" />
      <source>Target</source>
      <translation>Cible</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="43" />
      <source>Territory / district</source>
      <translation>Territoire / district</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/donor.py" line="22" />
      <source>The identifier the donor publishes to IATI under, e.g. XI-IATI-EC_ECHO or US-GOV-1</source>
      <translation>L'identifiant sous lequel le bailleur publie dans IATI, par ex. XI-IATI-EC_ECHO ou US-GOV-1</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="49" />
      <source>The register's number or the form's id: a file imported twice never doubles the contact</source>
      <translation>Le numéro du registre ou l'identifiant du formulaire : un fichier importé deux fois ne double jamais le contact</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator.py" line="36" />
      <location filename="../../workbench/kinds/outcome.py" line="13" />
      <location filename="../../workbench/kinds/output.py" line="13" />
      <location filename="../../workbench/kinds/project.py" line="21" />
      <location filename="../../workbench/kinds/work.py" line="29" />
      <source>Title</source>
      <translation>Intitulé</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee_training.py" line="14" />
      <location filename="../../workbench/kinds/crc_session.py" line="32" />
      <source>Topic</source>
      <translation>Thème</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/attachment.py" line="15" />
      <location filename="../../workbench/kinds/site.py" line="46" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="30" />
      <source>Type of work</source>
      <translation>Type de travaux</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator.py" line="37" />
      <location filename="../../workbench/kinds/kit_item.py" line="35" />
      <source>Unit</source>
      <translation>Unité</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/receipt.py" line="15" />
      <location filename="../../workbench/kinds/receipt.py" line="139" />
      <source>Verification</source>
      <translation>Vérification</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/receipt.py" line="140" />
      <source>Verified on</source>
      <translation>Vérifié le</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="153" />
      <source>Vulnerabilities</source>
      <translation>Vulnérabilités</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution.py" line="85" />
      <location filename="../../workbench/kinds/stock_movement.py" line="134" />
      <source>Warehouse</source>
      <translation>Entrepôt</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="165" />
      <source>Went on a go-and-see visit</source>
      <translation>Visite go-and-see effectuée</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="13" />
      <location filename="../../workbench/kinds/crc_contact.py" line="53" />
      <source>What was asked</source>
      <translation>Demande</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator.py" line="44" />
      <source>Where the values come from: departure lists, a household survey, the engineer's reports</source>
      <translation>D'où viennent les valeurs : listes de départ, enquête auprès des ménages, rapports de l'ingénieur</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="9" />
      <location filename="../../workbench/kinds/referral.py" line="20" />
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/common.py" line="20" />
      <source>Women (18-59)</source>
      <translation>Femmes (18-59)</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee.py" line="17" />
      <source>Women members</source>
      <translation>Membres femmes</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/progress_report.py" line="98" />
      <location filename="../../workbench/kinds/work_payment.py" line="16" />
      <source>Work</source>
      <translation>Travaux</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="159" />
      <source>Work site (CfW)</source>
      <translation>Lieu de travail (CfW)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/forms.py" line="76" />
      <source>YYYY-MM-DD</source>
      <translation>AAAA-MM-JJ</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="7" />
      <source>%1 %2 does not exist (it may have been deleted)</source>
      <translation>%1 %2 n'existe pas (l'enregistrement a peut-être été supprimé)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="8" />
      <source>%1 %2 is taken here: give their record a new code (--value NEWCODE), or keep ours to drop theirs</source>
      <translation>%1 %2 est déjà pris ici : donnez un nouveau code à leur fiche (--value NOUVEAUCODE), ou gardez la nôtre pour écarter la leur</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="9" />
      <source>%1 cannot be attached: a file name with '..', a slash, a backslash or a control character is refused; rename the file first</source>
      <translation>%1 ne peut pas être joint : un nom de fichier contenant '..', une barre oblique, une barre oblique inverse ou un caractère de contrôle est refusé ; renommez d'abord le fichier</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="10" />
      <source>%1 cannot be closed: %2 households are still present. Record their departure first.</source>
      <translation>%1 ne peut pas être fermé : %2 ménages sont encore présents. Enregistrez d'abord leur départ.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="11" />
      <source>%1 does not accept referrals now (the service map says so); refer to another provider</source>
      <translation>%1 n'accepte pas de référencements en ce moment (selon la cartographie des services) ; référez vers un autre prestataire</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="12" />
      <source>%1 exists already; a laptop's database is written to a new file</source>
      <translation>%1 existe déjà ; la base d'un ordinateur de terrain est écrite dans un nouveau fichier</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="13" />
      <source>%1 exists; add --replace to overwrite it</source>
      <translation>%1 existe déjà ; ajoutez --replace pour le remplacer</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="14" />
      <source>%1 has a header row but no data rows</source>
      <translation>%1 contient une ligne d'en-têtes mais aucune ligne de données</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="15" />
      <source>%1 has no field %2</source>
      <translation>%1 n'a pas de champ %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="16" />
      <source>%1 has no file %2.csv; its files are: %3</source>
      <translation>%1 n'a pas de fichier %2.csv ; ses fichiers sont : %3</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="17" />
      <source>%1 has no items; a kit with no items cannot be distributed</source>
      <translation>%1 n'a aucun article ; un kit sans article ne peut pas être distribué</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="18" />
      <source>%1 has no sheet</source>
      <translation>%1 ne contient aucune feuille</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="19" />
      <source>%1 has no sheet %2; its sheets are: %3</source>
      <translation>%1 ne contient pas de feuille %2 ; ses feuilles sont : %3</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="20" />
      <source>%1 has no workbench tables yet; run 'workbench db upgrade' first.</source>
      <translation>%1 ne contient pas encore les tables de l'atelier ; lancez d'abord 'workbench db upgrade'.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="21" />
      <source>%1 households are registered in this site; delete or move them first</source>
      <translation>%1 ménages sont enregistrés sur ce site ; supprimez-les ou déplacez-les d'abord</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="22" />
      <source>%1 households received kits on it; cancel it instead</source>
      <translation>%1 ménages y ont reçu des kits ; annulez-la plutôt</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="23" />
      <source>%1 is %2 MB; attachments are limited to %3 MB</source>
      <translation>%1 fait %2 Mo ; les pièces jointes sont limitées à %3 Mo</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="24" />
      <source>%1 is %2: it can no longer be changed or deleted</source>
      <translation>%1 est à l'état « %2 » : plus aucune modification ni suppression n'est possible</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="25" />
      <source>%1 is %2: what belongs to it can no longer be added, changed or deleted</source>
      <translation>%1 est à l'état « %2 » : ce qui en dépend ne peut plus être ajouté, modifié ni supprimé</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="26" />
      <source>%1 is a CSV file: it has no sheets</source>
      <translation>%1 est un fichier CSV : il n'a pas de feuilles</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="27" />
      <source>%1 is a database; it is never overwritten: choose another file</source>
      <translation>%1 est une base de données ; elle n’est jamais écrasée : choisissez un autre fichier</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="28" />
      <source>%1 is a folder; choose a file</source>
      <translation>%1 est un dossier ; choisissez un fichier</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="29" />
      <source>%1 is damaged in the database (its hash does not match)</source>
      <translation>%1 est endommagé dans la base de données (son empreinte ne correspond pas)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="30" />
      <source>%1 is empty</source>
      <translation>%1 est vide</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="31" />
      <source>%1 is no active user of the office's database (workbench user list)</source>
      <translation>%1 n'est pas un utilisateur actif de la base du bureau (workbench user list)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="32" />
      <source>%1 is not a database, or an encrypted one whose keys file %2 is missing beside it.</source>
      <translation>%1 n'est pas une base de données, ou c'est une base chiffrée dont le fichier de clés %2 manque à côté d'elle.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="33" />
      <source>%1 is not a document the workbench opens; save it and check it first</source>
      <translation>%1 n'est pas un document que le workbench ouvre ; enregistrez-le et vérifiez-le d'abord</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="34" />
      <source>%1 is not a readable CSV file (%2)</source>
      <translation>%1 n'est pas un fichier CSV lisible (%2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="35" />
      <source>%1 is not a readable Excel file (%2)</source>
      <translation>%1 n'est pas un fichier Excel lisible (%2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="36" />
      <source>%1 is not a readable Excel file (the file is damaged)</source>
      <translation>%1 n'est pas un fichier Excel lisible (le fichier est endommagé)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="37" />
      <source>%1 is not a readable XLSForm (an Excel file with sheets survey and choices)</source>
      <translation>%1 n'est pas un XLSForm lisible (un fichier Excel avec les feuilles survey et choices)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="38" />
      <source>%1 is not a role; the roles are: %2</source>
      <translation>%1 n’est pas un rôle ; les rôles sont : %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="39" />
      <source>%1 is not a user of this database; an administrator adds users (workbench user add)</source>
      <translation>%1 n’est pas un utilisateur de cette base ; un administrateur ajoute les utilisateurs (workbench user add)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="40" />
      <source>%1 is not a workbench database.</source>
      <translation>%1 n'est pas une base de données de l'atelier.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="41" />
      <source>%1 is not an Excel file (it is damaged, or another kind of file renamed)</source>
      <translation>%1 n'est pas un fichier Excel (il est endommagé, ou c'est un autre type de fichier renommé)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="42" />
      <source>%1 is not an XLSForm: it has no sheets survey and choices</source>
      <translation>%1 n'est pas un XLSForm : il n'a pas de feuilles survey et choices</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="43" />
      <source>%1 is not in the same country as its parent %2</source>
      <translation>%1 n'est pas dans le même pays que son parent %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="44" />
      <source>%1 is open; the closure report covers closing and closed sites</source>
      <translation>%1 est ouvert ; le rapport de fermeture porte sur les sites en fermeture ou fermés</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="45" />
      <source>%1 is outside your scope (%2)</source>
      <translation>%1 est hors de votre périmètre (%2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="46" />
      <source>%1 is the last active administrator; make another user an administrator first</source>
      <translation>%1 est le dernier administrateur actif ; faites d’abord d’un autre utilisateur un administrateur</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="47" />
      <source>%1 is the open database or one of its files; choose another file</source>
      <translation>%1 est la base de données ouverte ou l’un de ses fichiers ; choisissez un autre fichier</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="48" />
      <source>%1 may not do this: %2</source>
      <translation>%1 ne peut pas faire ceci : %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="49" />
      <source>%1 of sheet %2 holds a formula that was never calculated; open %3 in Excel, save it, and import it again</source>
      <translation>%1 de la feuille %2 contient une formule qui n'a jamais été calculée ; ouvrez %3 dans Excel, enregistrez-le, puis importez-le à nouveau</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="50" />
      <source>%1 records are not picked from a list</source>
      <translation>les enregistrements %1 ne se choisissent pas dans une liste</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="51" />
      <source>%1 rows of %2 were rejected, so nothing was imported; correct them, or choose to import the valid rows only</source>
      <translation>%1 lignes de %2 ont été rejetées, donc rien n'a été importé ; corrigez-les, ou choisissez de n'importer que les lignes valides</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="52" />
      <source>%1 works on %2, not %3</source>
      <translation>%1 travaille sur %2, pas sur %3</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="53" />
      <source>%1 would expand to %2 GB or more when opened (%3 is compressed %4 times); it is not a normal spreadsheet and was not read</source>
      <translation>%1 occuperait %2 Go ou plus une fois ouvert (%3 est compressé %4 fois) ; ce n'est pas un classeur normal et il n'a pas été lu</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="54" />
      <source>%1: sheet %2 cannot be read (%3)</source>
      <translation>%1 : la feuille %2 ne peut pas être lue (%3)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="55" />
      <source>%1: the rows of %2.csv belong to %3, which no other file of the archive holds; export the form again with its repeats</source>
      <translation>%1 : les lignes de %2.csv appartiennent à %3, qu'aucun autre fichier de l'archive ne contient ; exportez à nouveau le formulaire avec ses répétitions</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="56" />
      <source>%1: the rows of sheet %2 belong to the table %3, and no sheet is that table; export the form again with every repeat group</source>
      <translation>%1 : les lignes de la feuille %2 appartiennent à la table %3, et aucune feuille n'est cette table ; exportez à nouveau le formulaire avec tous ses groupes répétés</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="57" />
      <source>%1: the rows of sheet %2 belong to the table %3, whose name KoboToolbox cut to 31 characters, and sheets %4 could both be it; export again with shorter repeat group names (or as XML headers), so each sheet is named whole</source>
      <translation>%1 : les lignes de la feuille %2 appartiennent à la table %3, dont KoboToolbox a coupé le nom à 31 caractères, et les feuilles %4 pourraient l'être toutes les deux ; exportez à nouveau avec des noms de groupes répétés plus courts (ou en en-têtes XML), pour que chaque feuille porte son nom entier</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="58" />
      <source>%1: the rows of sheet %2 name several parent tables (%3); a repeat sheet has one</source>
      <translation>%1 : les lignes de la feuille %2 nomment plusieurs tables parentes (%3) ; une feuille de répétition n'en a qu'une</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="59" />
      <source>%1: the sex of the members in %2 (%3) is typed by codes (%4); give the form's XLSForm (--form) so the codes are read by its choices, or export with labels</source>
      <translation>%1 : le sexe des membres dans %2 (%3) est saisi en codes (%4) ; donnez le XLSForm du formulaire (--form) pour que les codes soient lus par ses choix, ou exportez avec les libellés</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="60" />
      <source>A %1 that is %2 cannot become %3; next steps: %4.</source>
      <translation>Un enregistrement de type %1 au statut %2 ne peut pas passer au statut %3 ; étapes suivantes : %4.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="61" />
      <source>A grant becomes disbursed when its first tranche is paid; pay a tranche instead.</source>
      <translation>Une subvention devient décaissée lorsque sa première tranche est payée ; payez plutôt une tranche.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="62" />
      <source>A new database needs the name of its administrator (--user NAME).</source>
      <translation>Une nouvelle base a besoin du nom de son administrateur (--user NOM).</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="63" />
      <source>An in-memory database cannot be backed up.</source>
      <translation>Une base de données en mémoire ne peut pas être sauvegardée.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="64" />
      <source>An in-memory database cannot be encrypted.</source>
      <translation>Une base de données en mémoire ne peut pas être chiffrée.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="65" />
      <source>CRC</source>
      <translation>CRC</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="66" />
      <source>CRC contact</source>
      <translation>Contact du CRC</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="67" />
      <source>CRC session</source>
      <translation>Session du CRC</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="68" />
      <source>Cannot create the database %1: %2</source>
      <translation>Impossible de créer la base de données %1 : %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="69" />
      <source>Cannot open the database: %1</source>
      <translation>Impossible d'ouvrir la base de données : %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="70" />
      <source>Cannot read the database %1: %2</source>
      <translation>Impossible de lire la base de données %1 : %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="71" />
      <source>Cannot use database URL %1: %2</source>
      <translation>Impossible d'utiliser l'URL de base de données %1 : %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="72" />
      <source>Cannot use database URL %1: its driver %2 is not installed; use postgresql+psycopg:// for PostgreSQL</source>
      <translation>Impossible d'utiliser l'URL de base de données %1 : son pilote %2 n'est pas installé ; utilisez postgresql+psycopg:// pour PostgreSQL</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="73" />
      <source>DTM site ID</source>
      <translation>l'ID de site DTM</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="74" />
      <source>IATI activity files hold projects: use 'workbench export projects'</source>
      <translation>Les fichiers d'activités IATI contiennent des projets : utilisez 'workbench export projects'</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="75" />
      <source>No database at %1</source>
      <translation>Aucune base de données à l'emplacement %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="76" />
      <source>Not a database URL (its port must be a number): %1</source>
      <translation>Ce n'est pas une URL de base de données (son port doit être un nombre) : %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="77" />
      <source>Not a database URL: %1</source>
      <translation>Ce n'est pas une URL de base de données : %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="78" />
      <source>Only a SQLite database file can be encrypted by the workbench.</source>
      <translation>Seul un fichier de base SQLite peut être chiffré par l'outil.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="79" />
      <source>Only an approved grant can be paid; this grant is %1.</source>
      <translation>Seule une subvention approuvée peut être payée ; cette subvention est au statut %1.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="80" />
      <source>Only the database's owner upgrades its schema, and %1 is not it; ask IT to run 'workbench db upgrade' as the owner.</source>
      <translation>Seul le propriétaire de la base de données met à jour son schéma, et %1 ne l’est pas ; demandez à l’informatique d’exécuter « workbench db upgrade » en tant que propriétaire.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="81" />
      <source>The backup to %1 failed: %2</source>
      <translation>La sauvegarde vers %1 a échoué : %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="82" />
      <source>The distribution cannot be cancelled: %1 households already received their kits on it.</source>
      <translation>La distribution ne peut pas être annulée : %1 ménages y ont déjà reçu leurs kits.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="83" />
      <source>The distribution has no kit types; add the kits it hands out first.</source>
      <translation>La distribution n'a aucun type de kit ; ajoutez d'abord les kits qu'elle remet.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="84" />
      <source>The distribution is %1; its list cannot change.</source>
      <translation>La distribution est %1 ; sa liste ne peut plus changer.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="85" />
      <source>The distribution's list has no household; build the list first.</source>
      <translation>La liste de la distribution n'a aucun ménage ; construisez d'abord la liste.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="86" />
      <source>The grant is not fully paid (%1 of %2 %3); pay the remaining tranches before monitoring.</source>
      <translation>La subvention n'est pas entièrement payée (%1 sur %2 %3) ; payez les tranches restantes avant de commencer le suivi.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="87" />
      <source>The upgrade was undone: row %1 of %2 refers to a missing %3 (%4 such rows); run 'workbench db check'.</source>
      <translation>La mise à niveau a été annulée : la ligne %1 de %2 renvoie à un(e) %3 absent(e) (%4 lignes dans ce cas) ; lancez « workbench db check ».</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="88" />
      <source>This %1 cannot be deleted: %2.</source>
      <translation>Cet enregistrement (%1) ne peut pas être supprimé : %2.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="89" />
      <source>This database needs an upgrade; the database's owner runs 'workbench db upgrade'.</source>
      <translation>Cette base de données doit être mise à jour ; son propriétaire exécute « workbench db upgrade ».</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="90" />
      <source>This database was written by a newer version of the workbench; install that version to open it.</source>
      <translation>Cette base de données a été écrite par une version plus récente de l'atelier ; installez cette version pour l'ouvrir.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="91" />
      <source>a %1 has no field %2; fields: %3</source>
      <translation>un enregistrement de type %1 n'a pas de champ %2 ; champs : %3</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="92" />
      <source>a country has no parent area</source>
      <translation>un pays n'a pas de zone parente</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="93" />
      <source>a date (YYYY-MM-DD or DD/MM/YYYY)</source>
      <translation>une date (AAAA-MM-JJ ou JJ/MM/AAAA)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="94" />
      <source>a laptop named %1 is enrolled already; give this one another name</source>
      <translation>un ordinateur nommé %1 est déjà inscrit ; donnez un autre nom à celui-ci</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="95" />
      <source>a number</source>
      <translation>un nombre</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="96" />
      <source>a package made before this one has not been applied here: this database holds %1's changes up to #%2, and this package starts after #%3. Apply the earlier package first, or make a new package on %4 (it holds everything not yet acknowledged); nothing was applied</source>
      <translation>un paquet préparé avant celui-ci n'a pas été appliqué ici : cette base contient les modifications de %1 jusqu'au n° %2, et ce paquet commence après le n° %3. Appliquez d'abord le paquet précédent, ou préparez un nouveau paquet sur %4 (il contient tout ce qui n'a pas encore été reçu) ; rien n'a été appliqué</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="97" />
      <source>a percentage's periods cannot be added up: choose latest, average or maximum</source>
      <translation>les périodes d'un pourcentage ne s'additionnent pas : choisissez dernière valeur, moyenne ou maximum</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="98" />
      <source>a possible duplicate is the same household (keep ours) or another one (take theirs)</source>
      <translation>un doublon possible est le même ménage (garder le nôtre) ou un autre (prendre le leur)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="99" />
      <source>a scope is project:CODE or site:NAME, not %1</source>
      <translation>un périmètre s’écrit project:CODE ou site:NOM, pas %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="100" />
      <source>a step from %1 to %2 of %3, which is %4 here</source>
      <translation>une étape de %1 à %2 de %3, qui est %4 ici</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="101" />
      <source>a tranche of grant %1, which is %2 here</source>
      <translation>une tranche de la subvention %1, qui est %2 ici</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="102" />
      <source>a value broken down by sex and age must be a whole number</source>
      <translation>une valeur ventilée par sexe et âge doit être un nombre entier</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="103" />
      <source>a whole number</source>
      <translation>un nombre entier</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="104" />
      <source>already in the database</source>
      <translation>déjà dans la base de données</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="105" />
      <source>already received this distribution's kits on %1; a second receipt is not recorded</source>
      <translation>a déjà reçu les kits de cette distribution le %1 ; un second reçu n'est pas enregistré</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="106" />
      <source>also in row %1</source>
      <translation>aussi à la ligne %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="107" />
      <source>also in row %1 of sheet %2</source>
      <translation>aussi à la ligne %1 de la feuille %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="108" />
      <source>an IATI activity file is published, not encrypted: leave out --encrypt</source>
      <translation>un fichier d'activités IATI est publié, pas chiffré : retirez --encrypt</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="109" />
      <source>an indicator is named by its code within its project, and no column of the file gives the project (its code, e.g. DRC-ECHO-2023-01): add one, or map it with --map COLUMN=project</source>
      <translation>un indicateur est désigné par son code dans son projet, et aucune colonne du fichier ne donne le projet (son code, p. ex. DRC-ECHO-2023-01) : ajoutez-en une, ou associez-la avec --map COLONNE=project</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="110" />
      <source>an indicator measures an outcome or an output, not both</source>
      <translation>un indicateur mesure un effet ou un produit, pas les deux</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="111" />
      <source>another %1 already has %2 %3</source>
      <translation>un autre enregistrement de type %1 a déjà la valeur %3 pour %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="112" />
      <source>another record here already has %1 %2; choose another</source>
      <translation>une autre fiche a déjà %1 %2 ici ; choisissez-en un autre</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="113" />
      <source>another user is saving; try again in a moment</source>
      <translation>un autre utilisateur est en train d’enregistrer ; réessayez dans un instant</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="114" />
      <source>attachment</source>
      <translation>pièce jointe</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="115" />
      <source>audit entry %1 does not match its hash (it was changed outside the workbench); run 'workbench db check'</source>
      <translation>l’entrée %1 du journal d’audit ne correspond pas à son empreinte (elle a été modifiée en dehors du workbench) ; lancez « workbench db check »</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="116" />
      <source>audit entry %1 is an erasure's own record; it is kept</source>
      <translation>l’entrée %1 du journal d’audit est l’enregistrement d’un effacement ; elle est conservée</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="117" />
      <source>cannot be after %1 (%2)</source>
      <translation>ne peut pas suivre %1 (%2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="118" />
      <source>cannot be after its first receipt (%1)</source>
      <translation>ne peut pas être après sa première réception (%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="119" />
      <source>cannot be before %1 (%2)</source>
      <translation>ne peut pas précéder %1 (%2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="120" />
      <source>cannot be before the distribution's date (%1)</source>
      <translation>ne peut pas être avant la date de la distribution (%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="121" />
      <source>cannot be before the grant was approved (%1)</source>
      <translation>ne peut pas précéder l'approbation de la subvention (%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="122" />
      <source>cannot be before the last progress report (%1)</source>
      <translation>ne peut pas précéder le dernier rapport d'avancement (%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="123" />
      <source>cannot be before the previous tranche (%1)</source>
      <translation>ne peut pas précéder le paiement de la dernière tranche (%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="124" />
      <source>cannot be in the future</source>
      <translation>ne peut pas être dans le futur</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="125" />
      <source>cannot be less than what was already paid (%1)</source>
      <translation>ne peut pas être inférieur au montant déjà payé (%1)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="126" />
      <source>cannot be linked to a protection, GBV, child-protection or MHPSS referral: give the case code only</source>
      <translation>ne peut pas être lié à un référencement protection, VBG, protection de l'enfance ou SMSPS : donnez seulement le code du cas</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="127" />
      <source>cannot be more than %1 (%2)</source>
      <translation>ne peut pas dépasser %1 (%2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="128" />
      <source>cannot be negative</source>
      <translation>ne peut pas être négatif</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="129" />
      <source>cannot be taken back once the referral was sent (%1); withdraw the referral instead</source>
      <translation>ne peut pas être retiré une fois le référencement envoyé (%1) ; retirez plutôt le référencement</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="130" />
      <source>cannot erase a %1; erase one of: %2</source>
      <translation>impossible d'effacer un(e) %1 ; effacez l'un de : %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="131" />
      <source>cannot export to %1; use xlsx or csv</source>
      <translation>impossible d'exporter au format %1 ; utilisez xlsx ou csv</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="132" />
      <source>cannot go from %1 to %2</source>
      <translation>ne peut pas passer de %1 à %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="133" />
      <source>cannot go from %1 to %2 in a file; take the step in the window</source>
      <translation>ne peut pas passer de %1 à %2 par un fichier ; faites l'étape dans la fenêtre</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="134" />
      <source>cannot hold / &amp; | or ?: IATI identifiers never do</source>
      <translation>ne peut contenir ni / ni &amp; ni | ni ? : un identifiant IATI n'en a jamais</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="135" />
      <source>cannot import %1; use one of: %2</source>
      <translation>impossible d'importer %1 ; choisissez parmi : %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="136" />
      <source>cannot open %1: %2</source>
      <translation>impossible d'ouvrir %1 : %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="137" />
      <source>cash tranche</source>
      <translation>tranche en espèces</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="138" />
      <source>cash was paid to this household; it cannot be deleted</source>
      <translation>de l'argent a été versé à ce ménage ; il ne peut pas être supprimé</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="139" />
      <source>choose a project: the progress report is printed for one project</source>
      <translation>choisissez un projet : le rapport d'avancement porte sur un seul projet</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="140" />
      <source>choose a site: the site profile is printed for one site</source>
      <translation>choisissez un site : le profil de site porte sur un seul site</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="141" />
      <source>choose ours, theirs or a value</source>
      <translation>choisissez la nôtre, la leur ou une valeur</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="142" />
      <source>column %1 holds codes (%2), not the words of a %3: %4; import it with --form, the XLSForm whose choices say what each code means, or export the file with labels</source>
      <translation>la colonne %1 contient des codes (%2), pas les mots d'un %3 : %4 ; importez-la avec --form, le XLSForm dont les choix disent ce que signifie chaque code, ou exportez le fichier avec les libellés</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="143" />
      <source>columns %1 and %2 are both mapped to %3</source>
      <translation>les colonnes %1 et %2 sont toutes deux associées à %3</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="144" />
      <source>committee</source>
      <translation>comité</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="145" />
      <source>committee training</source>
      <translation>formation de comité</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="146" />
      <source>complaint</source>
      <translation>plainte</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="147" />
      <source>distribution</source>
      <translation>distribution</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="148" />
      <source>does not accept referrals now (the service map says so); choose another provider</source>
      <translation>n'accepte pas de référencements en ce moment (selon la cartographie des services) ; choisissez un autre prestataire</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="149" />
      <source>does not offer %1; it offers: %2</source>
      <translation>n'offre pas %1 ; il offre : %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="150" />
      <source>donor</source>
      <translation>bailleur</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="151" />
      <source>entitlement</source>
      <translation>droit</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="152" />
      <source>give the laptop a name (--laptop NYUNZU-1)</source>
      <translation>donnez un nom à l'ordinateur (--laptop NYUNZU-1)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="153" />
      <source>give the site or the village (location) of the distribution</source>
      <translation>indiquez le site ou le village (lieu) de la distribution</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="154" />
      <source>give the site whose households go on the list</source>
      <translation>indiquez le site dont les ménages vont sur la liste</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="155" />
      <source>give the user's login name</source>
      <translation>indiquez l’identifiant de l’utilisateur</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="156" />
      <source>grant</source>
      <translation>subvention</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="157" />
      <source>has %1 (%2 given)</source>
      <translation>nombre de décimales autorisé : %1 (valeur saisie : %2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="158" />
      <source>holds a character that turns text around on screen (a direction control); type it again</source>
      <translation>contient un caractère qui retourne le texte à l’écran (un contrôle de direction) ; saisissez-le de nouveau</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="159" />
      <source>household</source>
      <translation>ménage</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="160" />
      <source>household %1 has the same head of household and phone; a household is registered once</source>
      <translation>le ménage %1 a le même chef de ménage et le même téléphone ; un ménage n'est enregistré qu'une fois</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="161" />
      <source>household %1 here still has the same head of household and phone; correct the name or the phone of one of them first (on the laptop, or here), then take theirs</source>
      <translation>le ménage %1 a toujours ici le même chef de ménage et le même téléphone ; corrigez d'abord le nom ou le téléphone de l'un des deux (sur l'ordinateur de terrain, ou ici), puis prenez le leur</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="162" />
      <source>indicator</source>
      <translation>indicateur</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="163" />
      <source>indicator value</source>
      <translation>valeur d'indicateur</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="164" />
      <source>is after the day it would be sent (%1): consent comes first</source>
      <translation>est après le jour de l'envoi (%1) : le consentement vient d'abord</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="165" />
      <source>is already handed out by this distribution</source>
      <translation>est déjà remis par cette distribution</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="166" />
      <source>is already on the list for this kit type</source>
      <translation>est déjà sur la liste pour ce type de kit</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="167" />
      <source>is changed through the %1's workflow, not edited</source>
      <translation>se modifie par les étapes de l'enregistrement (%1), et non directement</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="168" />
      <source>is less than the %1 % reported on %2; a work's progress does not go down</source>
      <translation>est inférieur aux %1 % rapportés le %2 ; l'avancement d'un chantier ne recule pas</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="169" />
      <source>is missing: give every group, or none</source>
      <translation>manque : donnez chaque groupe, ou aucun</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="170" />
      <source>is missing: give every sex and age group, or none</source>
      <translation>valeur manquante : renseignez tous les groupes de sexe et d'âge, ou aucun</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="171" />
      <source>is more than the %1 % reported later, on %2; a work's progress does not go down</source>
      <translation>est supérieur aux %1 % rapportés plus tard, le %2 ; l'avancement d'un chantier ne recule pas</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="172" />
      <source>is more than what remains of the grant (%1 %2)</source>
      <translation>dépasse le reste à payer de la subvention (%1 %2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="173" />
      <source>is not a kit type of this distribution; add it to the distribution's kits first</source>
      <translation>n'est pas un type de kit de cette distribution ; ajoutez-le d'abord aux kits de la distribution</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="174" />
      <source>is not on the list of this distribution</source>
      <translation>n'est pas sur la liste de cette distribution</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="175" />
      <source>is required</source>
      <translation>est obligatoire</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="176" />
      <source>is required before the referral is sent: record who gave it and when</source>
      <translation>est requis avant l'envoi du référencement : indiquez qui l'a donné et quand</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="177" />
      <source>is required below country level</source>
      <translation>est obligatoire en dessous du niveau pays</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="178" />
      <source>is required for a paid tranche</source>
      <translation>est obligatoire pour une tranche payée</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="179" />
      <source>is required for a referral that is %1</source>
      <translation>est requis pour un référencement %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="180" />
      <source>is required for a resolved complaint</source>
      <translation>est obligatoire pour une plainte résolue</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="181" />
      <source>is required for a site that is %1: the date of its closure</source>
      <translation>est obligatoire pour un site %1 : la date de sa fermeture</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="182" />
      <source>is required for an amount in %1 (the project is in %2)</source>
      <translation>est obligatoire pour un montant en %1 (le projet est en %2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="183" />
      <source>is required for kits issued</source>
      <translation>est obligatoire pour des kits sortis</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="184" />
      <source>is required when a proxy received the kits</source>
      <translation>est obligatoire quand un mandataire a reçu les kits</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="185" />
      <source>is required when every household gets a fixed number</source>
      <translation>est obligatoire quand chaque ménage reçoit un nombre fixe</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="186" />
      <source>is required when sex and age groups are given</source>
      <translation>est obligatoire lorsque les groupes de sexe et d'âge sont renseignés</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="187" />
      <source>is required when the consent to share was given</source>
      <translation>est obligatoire quand le consentement au partage a été donné</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="188" />
      <source>is required when the household has departed</source>
      <translation>est obligatoire lorsque le ménage est parti</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="189" />
      <source>is required when the number depends on the household's size</source>
      <translation>est obligatoire quand le nombre dépend de la taille du ménage</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="190" />
      <source>is required with an exchange rate</source>
      <translation>est obligatoire avec un taux de change</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="191" />
      <source>is set from the attached file</source>
      <translation>est donné par le fichier joint</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="192" />
      <source>is too large: at most %1</source>
      <translation>est trop grand : au plus %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="193" />
      <source>is too long: at most %1 characters (%2 given)</source>
      <translation>est trop long : au plus %1 caractères (%2 saisis)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="194" />
      <source>is too small: at least %1</source>
      <translation>est trop petit : au moins %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="195" />
      <source>it is the kit's last item and %1 is handing the kit out</source>
      <translation>c'est le dernier article du kit et %1 distribue ce kit</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="196" />
      <source>it refers to a record this database does not hold (%1 %2)</source>
      <translation>elle renvoie à une fiche que cette base ne contient pas (%1 %2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="197" />
      <source>it still has %1 %2; delete or move them first</source>
      <translation>il a encore %1 %2 ; supprimez-les ou déplacez-les d'abord</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="198" />
      <source>its last contact</source>
      <translation>son dernier contact</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="199" />
      <source>its last referral</source>
      <translation>son dernier référencement</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="200" />
      <source>its last session</source>
      <translation>sa dernière session</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="201" />
      <source>its parent %1 (row %2 of sheet %3) is rejected</source>
      <translation>son parent %1 (ligne %2 de la feuille %3) est rejeté</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="202" />
      <source>its parent %1 (row %2) is rejected</source>
      <translation>son parent %1 (ligne %2) est rejeté</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="203" />
      <source>kit item</source>
      <translation>article de kit</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="204" />
      <source>kit of a distribution</source>
      <translation>kit d'une distribution</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="205" />
      <source>kit type</source>
      <translation>type de kit</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="206" />
      <source>kits issued later came from it; the stock would go below zero</source>
      <translation>des kits sortis plus tard en proviennent ; le stock passerait sous zéro</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="207" />
      <source>line %1 of %2 holds a NUL character: it is not a text file, or it is damaged</source>
      <translation>la ligne %1 de %2 contient un caractère NUL : ce n'est pas un fichier texte, ou il est endommagé</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="208" />
      <source>line %1 of %2 is damaged: the file says it is %3 text, but that line is not</source>
      <translation>la ligne %1 de %2 est abîmée : le fichier se dit en texte %3, mais cette ligne ne l’est pas</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="209" />
      <source>line %1 of %2 is neither UTF-8 nor Windows-1252 text; save the file as UTF-8 and import it again</source>
      <translation>la ligne %1 de %2 n’est ni du texte UTF-8 ni du texte Windows-1252 ; enregistrez le fichier en UTF-8 et importez-le à nouveau</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="210" />
      <source>line %1 of %2 is not UTF-8 text like the rest of the file (it was probably copied from a file saved in another encoding); correct that line, save the file as UTF-8 and import it again</source>
      <translation>la ligne %1 de %2 n’est pas du texte UTF-8 comme le reste du fichier (elle a sans doute été copiée d’un fichier enregistré dans un autre encodage) ; corrigez cette ligne, enregistrez le fichier en UTF-8 et importez-le à nouveau</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="211" />
      <source>location</source>
      <translation>localisation</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="212" />
      <source>mapping %1 is for %2, not %3</source>
      <translation>la correspondance %1 concerne %2, et non %3</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="213" />
      <source>money was paid on this grant; its payments must stay on record</source>
      <translation>de l'argent a été versé sur cette subvention ; ses paiements doivent rester enregistrés</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="214" />
      <source>must be %1 or %2 (not %3)</source>
      <translation>doit être %1 ou %2 (pas %3)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="215" />
      <source>must be %1, not %2</source>
      <translation>doit être %1, et non %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="216" />
      <source>must be a finite number</source>
      <translation>doit être un nombre fini</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="217" />
      <source>must be at least %1</source>
      <translation>doit valoir au moins %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="218" />
      <source>must be at least 1 year</source>
      <translation>doit être d'au moins 1 an</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="219" />
      <source>must be between %1 and %2</source>
      <translation>doit se situer entre %1 et %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="220" />
      <source>must be days worked x daily rate = %1</source>
      <translation>doit valoir jours travaillés x taux journalier = %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="221" />
      <source>must be empty when no consent to share was given</source>
      <translation>doit rester vide quand aucun consentement au partage n'a été donné</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="222" />
      <source>must be more than 0</source>
      <translation>doit être supérieur à 0</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="223" />
      <source>must be more than zero</source>
      <translation>doit être supérieur à zéro</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="224" />
      <source>must be on or after %1</source>
      <translation>doit être le %1 ou une date ultérieure</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="225" />
      <source>must be one level up (level %1); %2 is level %3</source>
      <translation>doit se trouver un niveau au-dessus (niveau %1) ; %2 est au niveau %3</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="226" />
      <source>must be one of: %1</source>
      <translation>doit être l'une des valeurs suivantes : %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="227" />
      <source>must be one of: %1 (not %2)</source>
      <translation>doit être l'une des valeurs suivantes : %1 (et non %2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="228" />
      <source>must be skip or update</source>
      <translation>doit être skip ou update</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="229" />
      <source>must be two capital letters (the country) followed by letters or digits, e.g. CD74</source>
      <translation>doit comporter deux lettres majuscules (le pays) suivies de lettres ou de chiffres, par ex. CD74</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="230" />
      <source>no CRC with the code %1; check the code (e.g. IQ-CRC-BAR-01)</source>
      <translation>aucun CRC avec le code %1 ; vérifiez le code (p. ex. IQ-CRC-BAR-01)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="231" />
      <source>no activities%1</source>
      <translation>aucune activité%1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="232" />
      <source>no audit entry %1</source>
      <translation>aucune entrée %1 dans le journal d’audit</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="233" />
      <source>no audit entry to erase</source>
      <translation>aucune entrée du journal d’audit à effacer</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="234" />
      <source>no closing or closed site%1</source>
      <translation>aucun site en fermeture ou fermé%1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="235" />
      <source>no column of %1 is mapped to a field of a %2; fields: %3</source>
      <translation>aucune colonne de %1 n'est associée à un champ d'un enregistrement de type %2 ; champs : %3</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="236" />
      <source>no column to export</source>
      <translation>aucune colonne à exporter</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="237" />
      <source>no contacts, sessions or referrals%1</source>
      <translation>aucun contact, session ni référencement%1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="238" />
      <source>no departures and no tranches paid in the period %1</source>
      <translation>aucun départ et aucune tranche payée sur la période %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="239" />
      <source>no distribution with the code %1</source>
      <translation>aucune distribution n'a le code %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="240" />
      <source>no distributions%1</source>
      <translation>aucune distribution%1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="241" />
      <source>no file at %1</source>
      <translation>aucun fichier à l'emplacement %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="242" />
      <source>no grants%1</source>
      <translation>aucune subvention%1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="243" />
      <source>no infrastructure works%1</source>
      <translation>aucun chantier d'infrastructure%1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="244" />
      <source>no open conflict #%1 (workbench sync conflicts lists them)</source>
      <translation>aucun conflit ouvert n° %1 (workbench sync conflicts les liste)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="245" />
      <source>no peer named %1 (peers: %2)</source>
      <translation>aucun poste nommé %1 (postes : %2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="246" />
      <source>no project %1</source>
      <translation>projet introuvable : %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="247" />
      <source>no project with the code %1; check the code (e.g. DRC-ECHO-2023-01)</source>
      <translation>aucun projet avec le code %1 ; vérifiez le code (par ex. DRC-ECHO-2023-01)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="248" />
      <source>no saved mapping %1 (saved: %2)</source>
      <translation>aucune correspondance enregistrée sous le nom %1 (enregistrées : %2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="249" />
      <source>no site named %1; check the name as it is written in the sites list</source>
      <translation>aucun site nommé %1 ; vérifiez le nom tel qu'il est écrit dans la liste des sites</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="250" />
      <source>no site to open the complaint on: neither the distribution nor the household has one</source>
      <translation>aucun site où ouvrir la plainte : ni la distribution ni le ménage n'en ont</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="251" />
      <source>no table %1; use one of: %2</source>
      <translation>aucun tableau %1 ; choisissez parmi : %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="252" />
      <source>no user given: name a user of this database (workbench user list)</source>
      <translation>aucun utilisateur indiqué : nommez un utilisateur de cette base (workbench user list)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="253" />
      <source>nothing recorded for project %1 in the period %2</source>
      <translation>rien n'est enregistré pour le projet %1 pendant la période %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="254" />
      <source>nothing to report for project %1 in the period %2: the project runs from %3 to %4</source>
      <translation>rien à rapporter pour le projet %1 pendant la période %2 : le projet va du %3 au %4</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="255" />
      <source>only a resolved complaint has a resolution date</source>
      <translation>seule une plainte résolue a une date de résolution</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="256" />
      <source>only an administrator erases personal data; %1 is a %2</source>
      <translation>seul un administrateur efface des données personnelles ; %1 est %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="257" />
      <source>only an administrator erases personal data; %1 is no active user of this database</source>
      <translation>seul un administrateur efface des données personnelles ; %1 n'est pas un utilisateur actif de cette base de données</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="258" />
      <source>only an administrator exchanges packages and resolves conflicts at the office</source>
      <translation>au bureau, seul un administrateur échange les paquets et résout les conflits</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="259" />
      <source>only kits issued go to a distribution</source>
      <translation>seuls des kits sortis vont à une distribution</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="260" />
      <source>outcome</source>
      <translation>effet</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="261" />
      <source>output</source>
      <translation>produit</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="262" />
      <source>payment to a contractor</source>
      <translation>paiement à un entrepreneur</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="263" />
      <source>pg_dump failed: %1</source>
      <translation>pg_dump a échoué : %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="264" />
      <source>pg_dump is needed to back up a PostgreSQL database; install the PostgreSQL client.</source>
      <translation>pg_dump est nécessaire pour sauvegarder une base de données PostgreSQL ; installez le client PostgreSQL.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="265" />
      <source>pg_dump wrote an empty file; the backup was not kept.</source>
      <translation>pg_dump a écrit un fichier vide ; la sauvegarde n'a pas été gardée.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="266" />
      <source>population count</source>
      <translation>comptage de population</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="267" />
      <source>population groups add up to %1, not %2</source>
      <translation>les groupes de population font %1, pas %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="268" />
      <source>progress report</source>
      <translation>rapport d'avancement</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="269" />
      <source>project</source>
      <translation>projet</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="270" />
      <source>project %1 has no indicator %2</source>
      <translation>le projet %1 n'a pas d'indicateur %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="271" />
      <source>project %1 has no place: IATI needs the country it works in; add the areas it covers to the project</source>
      <translation>le projet %1 n'a aucun lieu : IATI demande le pays où il intervient ; ajoutez au projet les zones qu'il couvre</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="272" />
      <source>receipt</source>
      <translation>reçu</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="273" />
      <source>referral</source>
      <translation>référencement</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="274" />
      <source>replaced by row %1 of sheet %2</source>
      <translation>remplacée par la ligne %1 de la feuille %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="275" />
      <source>replaced by row %1 of the file</source>
      <translation>remplacée par la ligne %1 du fichier</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="276" />
      <source>row %1 of %2 has %3 cells but its header row (row %4) names %5 columns; remove the extra cells or add their header, then import it again</source>
      <translation>la ligne %1 de %2 a %3 cellules mais sa ligne d'en-têtes (ligne %4) nomme %5 colonnes ; supprimez les cellules en trop ou ajoutez leur en-tête, puis importez-le à nouveau</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="277" />
      <source>row %1: %2</source>
      <translation>ligne %1 : %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="278" />
      <source>say why the entries are erased (the request, who asked)</source>
      <translation>indiquez pourquoi les entrées sont effacées (la demande, qui l’a faite)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="279" />
      <source>service provider</source>
      <translation>prestataire de services</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="280" />
      <source>sex and age groups add up to %1, not %2</source>
      <translation>les groupes de sexe et d'âge totalisent %1, et non %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="281" />
      <source>sheet %1 of %2 fills all %3 rows Excel allows: rows were probably cut off when it was saved; import the original CSV file, or split it into several sheets</source>
      <translation>la feuille %1 de %2 remplit les %3 lignes autorisées par Excel : des lignes ont probablement été coupées à l'enregistrement ; importez le fichier CSV d'origine, ou répartissez les lignes sur plusieurs feuilles</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="282" />
      <source>sheet %1 of %2 has merged cells (%3); unmerge them and fill in every row, then import it again</source>
      <translation>la feuille %1 de %2 contient des cellules fusionnées (%3) ; annulez la fusion et remplissez chaque ligne, puis importez-la à nouveau</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="283" />
      <source>sheet %1 of %2 is empty</source>
      <translation>la feuille %1 de %2 est vide</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="284" />
      <source>site</source>
      <translation>site</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="285" />
      <source>site infrastructure</source>
      <translation>infrastructure de site</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="286" />
      <source>skipped</source>
      <translation>ignorée</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="287" />
      <source>stock movement</source>
      <translation>mouvement de stock</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="288" />
      <source>stock was issued to it (%1 movements)</source>
      <translation>du stock lui a été remis (%1 mouvements)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="289" />
      <source>the %1 needs %2</source>
      <translation>ce rapport (%1) nécessite %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="290" />
      <source>the %1 table cannot be sorted by %2</source>
      <translation>le tableau %1 ne peut pas être trié par %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="291" />
      <source>the %1 table has no filter %2</source>
      <translation>le tableau %1 n'a pas de filtre %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="292" />
      <source>the %1 was changed since this file was exported (version %2 in the file, %3 now); export it again and make the change there</source>
      <translation>l’enregistrement (%1) a été modifié depuis l’export de ce fichier (version %2 dans le fichier, %3 maintenant) ; exportez-le à nouveau et faites-y la modification</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="293" />
      <source>the CRC closed</source>
      <translation>la fermeture du CRC</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="294" />
      <source>the CRC opened</source>
      <translation>l'ouverture du CRC</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="295" />
      <source>the actual start</source>
      <translation>le début réel</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="296" />
      <source>the audit log's chain head is missing, so nothing can be saved; run 'workbench db check'</source>
      <translation>la tête de la chaîne du journal d’audit manque : rien ne peut être enregistré ; lancez « workbench db check »</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="297" />
      <source>the copy failed its integrity check: %1</source>
      <translation>la copie n'a pas passé la vérification d'intégrité : %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="298" />
      <source>the database already has data; demo data goes into a new, empty database</source>
      <translation>la base de données contient déjà des données ; les données de démonstration vont dans une nouvelle base de données vide</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="299" />
      <source>the database refused this %1: %2</source>
      <translation>la base de données a refusé cet enregistrement (%1) : %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="300" />
      <source>the date received</source>
      <translation>la date de réception</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="301" />
      <source>the day it was sent</source>
      <translation>le jour de son envoi</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="302" />
      <source>the file has no column %1</source>
      <translation>le fichier n'a pas de colonne %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="303" />
      <source>the household received its kits on %1; delete its receipt first</source>
      <translation>le ménage a reçu ses kits le %1 ; supprimez d'abord sa réception</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="304" />
      <source>the household's registration date</source>
      <translation>la date d'enregistrement du ménage</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="305" />
      <source>the individuals</source>
      <translation>le nombre d'individus</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="306" />
      <source>the list of distribution %1 has no household; build the list first</source>
      <translation>la liste de la distribution %1 n'a aucun ménage ; construisez d'abord la liste</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="307" />
      <source>the members</source>
      <translation>le nombre de membres</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="308" />
      <source>the office decides about its new records: this one is created here once the office has resolved it (or once what refused it here is corrected)</source>
      <translation>le bureau décide de ses nouvelles fiches : celle-ci sera créée ici dès que le bureau l'aura résolue (ou dès que ce qui la refusait ici sera corrigé)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="309" />
      <source>the opening date</source>
      <translation>la date d'ouverture</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="310" />
      <source>the passphrase must have at least %1 characters</source>
      <translation>la phrase secrète doit compter au moins %1 caractères</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="311" />
      <source>the period starts (%1) after it ends (%2)</source>
      <translation>la période commence (%1) après sa fin (%2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="312" />
      <source>the period's start</source>
      <translation>le début de la période</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="313" />
      <source>the planned start</source>
      <translation>le début prévu</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="314" />
      <source>the record is no longer here; its conflict is closed</source>
      <translation>la fiche n'est plus ici ; son conflit est clos</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="315" />
      <source>the referral date</source>
      <translation>la date du référencement</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="316" />
      <source>the saved mappings in %1 cannot be read (%2); move the file away</source>
      <translation>les correspondances enregistrées dans %1 ne peuvent pas être lues (%2) ; déplacez ce fichier ailleurs</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="317" />
      <source>the site closed</source>
      <translation>la fermeture du site</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="318" />
      <source>the site opened</source>
      <translation>l'ouverture du site</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="319" />
      <source>the start date</source>
      <translation>la date de début</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="320" />
      <source>the tranche was paid; cancel it instead of deleting it</source>
      <translation>la tranche a été payée ; annulez-la au lieu de la supprimer</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="321" />
      <source>the work is %1; suspend it instead</source>
      <translation>le chantier est au statut « %1 » ; suspendez-le plutôt</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="322" />
      <source>the work started</source>
      <translation>le début des travaux</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="323" />
      <source>their record cannot be created here: %1</source>
      <translation>leur fiche ne peut pas être créée ici : %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="324" />
      <source>there is no file %1</source>
      <translation>le fichier %1 n'existe pas</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="325" />
      <source>there is no project to export</source>
      <translation>il n'y a aucun projet à exporter</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="326" />
      <source>this change cannot be applied here: %1; keep ours, or change the record and resolve it as ours</source>
      <translation>cette modification ne peut pas être appliquée ici : %1 ; gardez la nôtre, ou modifiez la fiche et résolvez en gardant la nôtre</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="327" />
      <source>this database exchanges no packages yet: enrol a laptop from the office's database (workbench sync enrol)</source>
      <translation>cette base n'échange encore aucun paquet : inscrivez un ordinateur depuis la base du bureau (workbench sync enrol)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="328" />
      <source>this database exchanges no packages: it is neither an office that enrolled laptops nor an enrolled laptop</source>
      <translation>cette base n'échange aucun paquet : ce n'est ni un bureau qui a inscrit des ordinateurs, ni un ordinateur inscrit</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="329" />
      <source>this database is the laptop %1; laptops are enrolled from the office's database</source>
      <translation>cette base est l'ordinateur %1 ; les ordinateurs sont inscrits depuis la base du bureau</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="330" />
      <source>this file is not a workbench sync package</source>
      <translation>ce fichier n'est pas un paquet de synchronisation du workbench</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="331" />
      <source>this file is not a workbench sync package (its header cannot be read)</source>
      <translation>ce fichier n'est pas un paquet de synchronisation du workbench (son en-tête est illisible)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="332" />
      <source>this household already has a tranche No. %1</source>
      <translation>ce ménage a déjà une tranche n° %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="333" />
      <source>this package cannot be opened with this database's key; ask %1 for a new package</source>
      <translation>ce paquet ne s'ouvre pas avec la clé de cette base ; demandez un nouveau paquet à %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="334" />
      <source>this package comes from %1, which this database does not know; enrol the laptop from the office's database first</source>
      <translation>ce paquet vient de %1, que cette base ne connaît pas ; inscrivez d'abord l'ordinateur depuis la base du bureau</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="335" />
      <source>this package comes from another office's database (%1); packages are exchanged only between an office's database and the laptops enrolled from it</source>
      <translation>ce paquet vient de la base d'un autre bureau (%1) ; les paquets ne s'échangent qu'entre la base d'un bureau et les ordinateurs inscrits depuis elle</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="336" />
      <source>this package was changed after %1 made it (its signature does not match); nothing was applied: ask %2 for a new package</source>
      <translation>ce paquet a été modifié après que %1 l'a préparé (sa signature ne correspond pas) ; rien n'a été appliqué : demandez un nouveau paquet à %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="337" />
      <source>this package was made for %1, not for this database (%2); apply it there</source>
      <translation>ce paquet a été préparé pour %1, pas pour cette base (%2) ; appliquez-le là-bas</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="338" />
      <source>this tranche is %1; only a planned tranche is paid</source>
      <translation>cette tranche est à l'état « %1 » ; seule une tranche prévue peut être payée</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="339" />
      <source>this work already has a payment with reference %1</source>
      <translation>ces travaux ont déjà un paiement de référence %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="340" />
      <source>unknown %1 %2</source>
      <translation>référence inconnue : %1 %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="341" />
      <source>unknown paper %1; use a4 or letter</source>
      <translation>format de papier inconnu %1 ; utilisez a4 ou letter</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="342" />
      <source>unknown record type %1; use one of: %2</source>
      <translation>type d'enregistrement inconnu %1 ; choisissez parmi : %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="343" />
      <source>unknown report %1; use one of: %2</source>
      <translation>rapport inconnu %1 ; choisissez parmi : %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="344" />
      <source>unknown service %1; use: %2</source>
      <translation>service inconnu %1 ; utilisez : %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="345" />
      <source>unknown user %1</source>
      <translation>utilisateur inconnu %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="346" />
      <source>unknown vulnerability %1; use: %2</source>
      <translation>vulnérabilité inconnue %1 ; utilisez : %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="347" />
      <source>updated</source>
      <translation>mise à jour</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="348" />
      <source>user</source>
      <translation>utilisateur</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="349" />
      <source>user %1 is deactivated</source>
      <translation>l’utilisateur %1 est désactivé</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="350" />
      <source>was already verified on %1 (%2)</source>
      <translation>a déjà été vérifié le %1 (%2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="351" />
      <source>work</source>
      <translation>chantier</translation>
    </message>
    <message>
      <location filename="../../workbench/views/message_templates.py" line="352" />
      <source>yes or no</source>
      <translation>oui ou non</translation>
    </message>
  </context>
  <context>
    <name>numbers</name>
    <message>
      <location filename="../../workbench/views/words.py" line="146" />
      <source>the decimals follow “%1” here, and “%2” separates thousands: write %3 or %4</source>
      <translation>les décimales suivent « %1 » ici, et « %2 » sépare les milliers : écrivez %3 ou %4</translation>
    </message>
    <message>
      <location filename="../../workbench/views/words.py" line="145" />
      <source>write a number such as %1</source>
      <translation>écrivez un nombre comme %1</translation>
    </message>
  </context>
  <context>
    <name>privacy</name>
    <message>
      <location filename="../../workbench/views/privacy.py" line="46" />
      <source>All: every value as stored</source>
      <translation>Toutes : chaque valeur telle qu'enregistrée</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="44" />
      <source>Anonymised: also vulnerabilities, sex, exact dates and sites left out or coarsened</source>
      <translation>Anonymisées : vulnérabilités, sexe, dates exactes et sites aussi retirés ou agrégés</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="70" />
      <source>Encrypt the file in a .zip archive with a passphrase (AES-256)</source>
      <translation>Chiffrer le fichier dans une archive .zip avec une phrase secrète (AES-256)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="133" />
      <source>Erase</source>
      <translation>Effacer</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="122" />
      <location filename="../../workbench/views/privacy.py" line="171" />
      <source>Erase personal data</source>
      <translation>Effacer les données personnelles</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="45" />
      <source>Masked: initials, the last two digits of phones, coordinates to 0.1 degree</source>
      <translation>Masquées : initiales, deux derniers chiffres des téléphones, coordonnées à 0,1 degré</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="172" />
      <source>No household of a site closed more than %1 years ago has personal data left.</source>
      <translation>Aucun ménage d'un site fermé depuis plus de %1 ans n'a encore de données personnelles.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="43" />
      <source>None: names, phones, ID numbers and exact coordinates left out</source>
      <translation>Aucune : noms, téléphones, numéros d'identité et coordonnées exactes retirés</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="157" />
      <source>Not erased</source>
      <translation>Non effacé</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="79" />
      <source>Passphrase</source>
      <translation>Phrase secrète</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="69" />
      <source>Personal data</source>
      <translation>Données personnelles</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="58" />
      <source>Personal data in this export</source>
      <translation>Données personnelles dans cet export</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="176" />
      <source>The names, phone numbers, coordinates and notes of %1 households of sites closed more than %2 years ago (%3) will be replaced by "erased on DATE by you". Their figures still count. This cannot be undone.</source>
      <translation>Les noms, numéros de téléphone, coordonnées et notes de %1 ménages de sites fermés depuis plus de %2 ans (%3) seront remplacés par « effacé le DATE par vous ». Leurs chiffres restent comptés. Cette action est irréversible.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="195" />
      <source>The names, phone numbers, coordinates and notes of the %1 %2 will be replaced by "erased on DATE by you", here, in its related records and in the history. Its figures still count. This cannot be undone.</source>
      <translation>Les noms, numéros de téléphone, coordonnées et notes de : %1 %2 seront remplacés par « effacé le DATE par vous », ici, dans les fiches liées et dans l'historique. Ses chiffres restent comptés. Cette action est irréversible.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="106" />
      <source>The passphrase must have at least %1 characters.</source>
      <translation>La phrase secrète doit compter au moins %1 caractères.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="80" />
      <source>The same again</source>
      <translation>La même, à nouveau</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="110" />
      <source>The two passphrases differ.</source>
      <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="60" />
      <source>This table holds personal data. Choose what the file keeps of it.</source>
      <translation>Ce tableau contient des données personnelles. Choisissez ce que le fichier en garde.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/privacy.py" line="130" />
      <source>Type %1 to confirm</source>
      <translation>Tapez %1 pour confirmer</translation>
    </message>
  </context>
  <context>
    <name>records</name>
    <message>
      <location filename="../../workbench/kinds/attachment.py" line="8" />
      <source>Attachment</source>
      <translation>Pièce jointe</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="16" />
      <source>CRC contact</source>
      <translation>Contact du CRC</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_session.py" line="12" />
      <source>CRC session</source>
      <translation>Session du CRC</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="16" />
      <source>Cash tranche</source>
      <translation>Tranche en espèces</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/cash_tranche.py" line="16" />
      <source>Cash tranches</source>
      <translation>Tranches en espèces</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee.py" line="8" />
      <source>Committee</source>
      <translation>Comité</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee_training.py" line="8" />
      <source>Committee training</source>
      <translation>Formation de comité</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee.py" line="8" />
      <source>Committees</source>
      <translation>Comités</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc.py" line="9" />
      <source>Community Resource Centre</source>
      <translation>Centre de ressources communautaire</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/complaint.py" line="8" />
      <source>Complaint or feedback</source>
      <translation>Plainte ou retour</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/complaint.py" line="9" />
      <source>Complaints and feedback</source>
      <translation>Plaintes et retours</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_contact.py" line="17" />
      <source>Contacts</source>
      <translation>Contacts</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/site.py" line="35" />
      <source>Displacement site</source>
      <translation>Site de déplacés</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution.py" line="65" />
      <source>Distribution</source>
      <translation>Distribution</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/donor.py" line="9" />
      <source>Donor</source>
      <translation>Bailleur</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/entitlement.py" line="69" />
      <source>Entitlement</source>
      <translation>Droit</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/entitlement.py" line="70" />
      <source>Entitlements</source>
      <translation>Droits</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/household.py" line="124" />
      <source>Household</source>
      <translation>Ménage</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator.py" line="28" />
      <source>Indicator</source>
      <translation>Indicateur</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator_value.py" line="35" />
      <source>Indicator value</source>
      <translation>Valeur d'indicateur</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/site_infrastructure.py" line="9" />
      <source>Infrastructure</source>
      <translation>Infrastructures</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work.py" line="18" />
      <source>Infrastructure work</source>
      <translation>Chantier d'infrastructure</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_item.py" line="26" />
      <source>Items</source>
      <translation>Articles</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_item.py" line="25" />
      <source>Kit item</source>
      <translation>Article de kit</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution_kit.py" line="63" />
      <source>Kit of a distribution</source>
      <translation>Kit d'une distribution</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/kit_type.py" line="29" />
      <source>Kit type</source>
      <translation>Type de kit</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/distribution_kit.py" line="64" />
      <source>Kits</source>
      <translation>Kits</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/grant.py" line="114" />
      <source>Livelihood grant</source>
      <translation>Subvention de moyens de subsistance</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/location.py" line="78" />
      <source>Location</source>
      <translation>Localisation</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/outcome.py" line="7" />
      <source>Outcome</source>
      <translation>Effet</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/outcome.py" line="7" />
      <source>Outcomes</source>
      <translation>Effets</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/output.py" line="7" />
      <source>Output</source>
      <translation>Produit</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/output.py" line="7" />
      <source>Outputs</source>
      <translation>Produits</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work_payment.py" line="9" />
      <source>Payment to the contractor</source>
      <translation>Paiement à l'entrepreneur</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/work_payment.py" line="10" />
      <source>Payments</source>
      <translation>Paiements</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/population_count.py" line="9" />
      <source>Population</source>
      <translation>Population</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/population_count.py" line="9" />
      <source>Population count</source>
      <translation>Comptage de population</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/progress_report.py" line="90" />
      <source>Progress report</source>
      <translation>Rapport d'avancement</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/progress_report.py" line="90" />
      <source>Progress reports</source>
      <translation>Rapports d'avancement</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/project.py" line="11" />
      <source>Project</source>
      <translation>Projet</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/receipt.py" line="108" />
      <source>Receipt</source>
      <translation>Reçu</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/receipt.py" line="109" />
      <source>Receipts</source>
      <translation>Reçus</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="167" />
      <source>Referral</source>
      <translation>Référencement</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/referral.py" line="168" />
      <source>Referrals</source>
      <translation>Référencements</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/service_provider.py" line="12" />
      <source>Service provider</source>
      <translation>Prestataire de services</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/crc_session.py" line="13" />
      <source>Sessions</source>
      <translation>Sessions</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/site_infrastructure.py" line="8" />
      <source>Site infrastructure</source>
      <translation>Infrastructure de site</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/stock_movement.py" line="124" />
      <source>Stock movement</source>
      <translation>Mouvement de stock</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/committee_training.py" line="11" />
      <source>Trainings</source>
      <translation>Formations</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/user.py" line="8" />
      <source>User</source>
      <translation>Utilisateur</translation>
    </message>
    <message>
      <location filename="../../workbench/kinds/indicator_value.py" line="36" />
      <source>Values by period</source>
      <translation>Valeurs par période</translation>
    </message>
  </context>
  <context>
    <name>roles</name>
    <message>
      <location filename="../../workbench/views/roles.py" line="62" />
      <source>This %1 is outside your scope (%2)</source>
      <translation>Cet enregistrement (%1) est hors de votre périmètre (%2)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/roles.py" line="19" />
      <source>Your role (%1) does not allow adding these records</source>
      <translation>Votre rôle (%1) ne permet pas d’ajouter ces enregistrements</translation>
    </message>
    <message>
      <location filename="../../workbench/views/roles.py" line="20" />
      <source>Your role (%1) does not allow changing these records</source>
      <translation>Votre rôle (%1) ne permet pas de modifier ces enregistrements</translation>
    </message>
    <message>
      <location filename="../../workbench/views/roles.py" line="21" />
      <source>Your role (%1) does not allow deleting these records</source>
      <translation>Votre rôle (%1) ne permet pas de supprimer ces enregistrements</translation>
    </message>
    <message>
      <location filename="../../workbench/views/roles.py" line="23" />
      <source>Your role (%1) does not allow exporting these records</source>
      <translation>Votre rôle (%1) ne permet pas d’exporter ces enregistrements</translation>
    </message>
    <message>
      <location filename="../../workbench/views/roles.py" line="24" />
      <source>Your role (%1) does not allow printing names</source>
      <translation>Votre rôle (%1) ne permet pas d’imprimer les noms</translation>
    </message>
    <message>
      <location filename="../../workbench/views/roles.py" line="18" />
      <source>Your role (%1) does not allow reading these records</source>
      <translation>Votre rôle (%1) ne permet pas de lire ces enregistrements</translation>
    </message>
    <message>
      <location filename="../../workbench/views/roles.py" line="22" />
      <source>Your role (%1) does not allow workflow steps on these records</source>
      <translation>Votre rôle (%1) ne permet pas de faire avancer le suivi de ces enregistrements</translation>
    </message>
  </context>
  <context>
    <name>screens</name>
    <message>
      <location filename="../../workbench/views/tables.py" line="388" />
      <source>"To" is before "From": no row can fall in that period.</source>
      <translation>« Au » est avant « Du » : aucune ligne ne peut tomber dans cette période.</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="70" />
      <source>%1 CRCs</source>
      <translation>%1 CRC</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="80" />
      <source>%1 distributions</source>
      <translation>%1 distributions</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="89" />
      <source>%1 donors</source>
      <translation>%1 bailleurs</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="64" />
      <source>%1 grants</source>
      <translation>%1 subventions</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="61" />
      <source>%1 households</source>
      <translation>%1 ménages</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="98" />
      <source>%1 indicators</source>
      <translation>%1 indicateurs</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="87" />
      <source>%1 kit types</source>
      <translation>%1 types de kits</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="92" />
      <source>%1 locations</source>
      <translation>%1 lieux</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="94" />
      <source>%1 outcomes</source>
      <translation>%1 effets</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="96" />
      <source>%1 outputs</source>
      <translation>%1 produits</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="55" />
      <source>%1 projects</source>
      <translation>%1 projets</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="72" />
      <source>%1 referrals</source>
      <translation>%1 référencements</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="483" />
      <source>%1 rows exported to %2</source>
      <translation>%1 lignes exportées vers %2</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="485" />
      <source>%1 rows exported to %2; this table holds no personal data</source>
      <translation>%1 lignes exportées vers %2 ; ce tableau ne contient aucune donnée personnelle</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="76" />
      <source>%1 service providers</source>
      <translation>%1 prestataires de services</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="58" />
      <source>%1 sites</source>
      <translation>%1 sites</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="84" />
      <source>%1 stock movements</source>
      <translation>%1 mouvements de stock</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="99" />
      <source>%1 users</source>
      <translation>%1 utilisateurs</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="67" />
      <source>%1 works</source>
      <translation>%1 chantiers</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="248" />
      <location filename="../../workbench/views/tables.py" line="274" />
      <source>A new record (Ctrl+N)</source>
      <translation>Nouvel enregistrement (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="106" />
      <source>All CRCs</source>
      <translation>Tous les CRC</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="102" />
      <source>All locations</source>
      <translation>Toutes les localisations</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="102" />
      <source>All projects</source>
      <translation>Tous les projets</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="103" />
      <source>All sites</source>
      <translation>Tous les sites</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="104" />
      <source>Any intention</source>
      <translation>Toutes les intentions</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="106" />
      <source>Any kind of centre</source>
      <translation>Tout type de centre</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="109" />
      <source>Any modality</source>
      <translation>Toute modalité</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="109" />
      <source>Any movement</source>
      <translation>Tout mouvement</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="107" />
      <source>Any priority</source>
      <translation>Toute priorité</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="104" />
      <source>Any programme</source>
      <translation>Tous les programmes</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="107" />
      <source>Any service</source>
      <translation>Tout service</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="103" />
      <source>Any status</source>
      <translation>Tous les statuts</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="105" />
      <source>Any type of site</source>
      <translation>Tous les types de site</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="105" />
      <source>Any type of work</source>
      <translation>Tous les types de travaux</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="444" />
      <source>CSV file (*.csv)</source>
      <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="256" />
      <source>Columns...</source>
      <translation>Colonnes...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="69" />
      <source>Community Resource Centres</source>
      <translation>Centres de ressources communautaires</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="125" />
      <source>Counting...</source>
      <translation>Comptage...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="467" />
      <source>Currency</source>
      <translation>Devise</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="254" />
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="57" />
      <source>Displacement sites</source>
      <translation>Sites de déplacés</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="79" />
      <source>Distributions</source>
      <translation>Distributions</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="89" />
      <source>Donors</source>
      <translation>Bailleurs</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="448" />
      <source>Encrypted archive (*.zip)</source>
      <translation>Archive chiffrée (*.zip)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="444" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="447" />
      <location filename="../../workbench/views/tables.py" line="451" />
      <source>Export this table</source>
      <translation>Exporter ce tableau</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="267" />
      <source>Export this table...</source>
      <translation>Exporter ce tableau...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="495" />
      <source>Exporting %1...</source>
      <translation>Exportation de %1...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="184" />
      <source>From</source>
      <translation>Du</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="60" />
      <source>Households</source>
      <translation>Ménages</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="97" />
      <source>Indicators</source>
      <translation>Indicateurs</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="66" />
      <source>Infrastructure works</source>
      <translation>Travaux d'infrastructure</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="86" />
      <source>Kit types</source>
      <translation>Types de kits</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="63" />
      <source>Livelihood grants</source>
      <translation>Subventions de moyens de subsistance</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="281" />
      <source>Loading...</source>
      <translation>Chargement...</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="91" />
      <source>Locations (P-codes)</source>
      <translation>Lieux (P-codes)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="246" />
      <source>New</source>
      <translation>Nouveau</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="462" />
      <location filename="../../workbench/views/tables.py" line="491" />
      <source>Not exported</source>
      <translation>Non exporté</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="114" />
      <source>Not taking referrals</source>
      <translation>N'acceptant pas de référencements</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="252" />
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="93" />
      <source>Outcomes</source>
      <translation>Effets</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="95" />
      <source>Outputs</source>
      <translation>Produits</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="112" />
      <source>Overdue only</source>
      <translation>En retard seulement</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="108" />
      <source>Overdue or not</source>
      <translation>En retard ou non</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="54" />
      <source>Projects</source>
      <translation>Projets</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="71" />
      <source>Referrals</source>
      <translation>Référencements</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="211" />
      <source>Reset</source>
      <translation>Réinitialiser</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="168" />
      <source>Search (code, name...)</source>
      <translation>Rechercher (code, nom...)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="75" />
      <source>Service providers (service map)</source>
      <translation>Prestataires de services (cartographie)</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="232" />
      <source>Show all rows</source>
      <translation>Afficher toutes les lignes</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="212" />
      <source>Show every row again</source>
      <translation>Réafficher toutes les lignes</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="83" />
      <source>Stock movements</source>
      <translation>Mouvements de stock</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="113" />
      <source>Taking referrals</source>
      <translation>Acceptant des référencements</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="108" />
      <source>Taking referrals or not</source>
      <translation>Acceptant des référencements ou non</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="269" />
      <location filename="../../workbench/views/tables.py" line="277" />
      <source>The rows and columns shown, in their order, to Excel (.xlsx) or CSV</source>
      <translation>Les lignes et colonnes affichées, dans leur ordre, vers Excel (.xlsx) ou CSV</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="462" />
      <location filename="../../workbench/views/tables.py" line="491" />
      <source>The table could not be exported: %1</source>
      <translation>Le tableau n'a pas pu être exporté : %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="283" />
      <source>The table could not be read: %1</source>
      <translation>Le tableau n'a pas pu être lu : %1</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="184" />
      <source>To</source>
      <translation>Au</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="99" />
      <source>Users</source>
      <translation>Utilisateurs</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="188" />
      <source>any date</source>
      <translation>toute date</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="69" />
      <source>one CRC</source>
      <translation>un CRC</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="79" />
      <source>one distribution</source>
      <translation>une distribution</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="89" />
      <source>one donor</source>
      <translation>un bailleur</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="63" />
      <source>one grant</source>
      <translation>une subvention</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="60" />
      <source>one household</source>
      <translation>un ménage</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="97" />
      <source>one indicator</source>
      <translation>un indicateur</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="86" />
      <source>one kit type</source>
      <translation>un type de kit</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="91" />
      <source>one location</source>
      <translation>un lieu</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="93" />
      <source>one outcome</source>
      <translation>un effet</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="95" />
      <source>one output</source>
      <translation>un produit</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="54" />
      <source>one project</source>
      <translation>un projet</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="71" />
      <source>one referral</source>
      <translation>un référencement</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="76" />
      <source>one service provider</source>
      <translation>un prestataire de services</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="57" />
      <source>one site</source>
      <translation>un site</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="84" />
      <source>one stock movement</source>
      <translation>un mouvement de stock</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="99" />
      <source>one user</source>
      <translation>un utilisateur</translation>
    </message>
    <message>
      <location filename="../../workbench/views/tables.py" line="66" />
      <source>one work</source>
      <translation>un chantier</translation>
    </message>
  </context>
  <context>
    <name>values</name>
    <message>
      <location filename="../../workbench/views/words.py" line="20" />
      <source>Changed</source>
      <translation>Modifié</translation>
    </message>
    <message>
      <location filename="../../workbench/views/words.py" line="19" />
      <source>Created</source>
      <translation>Créé</translation>
    </message>
    <message>
      <location filename="../../workbench/views/words.py" line="21" />
      <source>Deleted</source>
      <translation>Supprimé</translation>
    </message>
    <message>
      <location filename="../../workbench/views/words.py" line="18" />
      <source>Pay next tranche</source>
      <translation>Payer la tranche suivante</translation>
    </message>
  </context>
</TS>
