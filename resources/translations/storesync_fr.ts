<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <source>About StoreSync</source>
        <translation>À propos de StoreSync</translation>
    </message>
    <message>
        <source>Keeps the stock and orders of several online stores in step, from the system tray.</source>
        <translation>Garde en phase les stocks et les commandes de plusieurs boutiques en ligne, depuis la zone de notification.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier des données :</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Journaux :</translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation>Trousseau :</translation>
    </message>
    <message>
        <source>Runtime:</source>
        <translation>Environnement :</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>Something went wrong; the details are in the log.</source>
        <translation>Un problème est survenu ; les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>Sync all now</source>
        <translation>Tout synchroniser maintenant</translation>
    </message>
    <message>
        <source>There is nothing to sync yet: add a store first.</source>
        <translation>Rien à synchroniser pour l’instant : ajoutez d’abord une boutique.</translation>
    </message>
    <message>
        <source>Could not preview the push</source>
        <translation>Impossible d’afficher l’aperçu de l’envoi</translation>
    </message>
    <message>
        <source>Could not start the push</source>
        <translation>Impossible de lancer l’envoi</translation>
    </message>
    <message>
        <source>Could not pause</source>
        <translation>Impossible de mettre en pause</translation>
    </message>
    <message>
        <source>Could not resume</source>
        <translation>Impossible de reprendre</translation>
    </message>
    <message>
        <source>Could not pause all</source>
        <translation>Impossible de tout mettre en pause</translation>
    </message>
    <message>
        <source>Could not resume all</source>
        <translation>Impossible de tout reprendre</translation>
    </message>
    <message>
        <source>Could not add the demo stores</source>
        <translation>Impossible d’ajouter les boutiques de démonstration</translation>
    </message>
    <message>
        <source>Store editor</source>
        <translation>Éditeur de boutique</translation>
    </message>
    <message>
        <source>The store editor is not available in this build.</source>
        <translation>L’éditeur de boutique n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Connecting to a server is not available in this build.</source>
        <translation>La connexion à un serveur n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>The settings dialog is not available in this build.</source>
        <translation>La fenêtre des paramètres n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Ouvrir le dossier des données</translation>
    </message>
    <message>
        <source>Could not open a file manager. The data folder is {path}</source>
        <translation>Impossible d’ouvrir un gestionnaire de fichiers. Le dossier des données est {path}</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Attention requise</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Pas à jour</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>No jobs</source>
        <translation>Aucune tâche</translation>
    </message>
    <message>
        <source>Last run {when}</source>
        <translation>Dernière exécution {when}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>nothing scheduled</source>
        <translation>rien de prévu</translation>
    </message>
    <message>
        <source>next {when}</source>
        <translation>prochaine {when}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln low</source>
        <translation>
            <numerusform>%Ln bas</numerusform>
            <numerusform>%Ln bas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failure(s) in 24 h</source>
        <translation>
            <numerusform>%Ln échec en 24 h</numerusform>
            <numerusform>%Ln échecs en 24 h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Charts need PySide6-Addons, which this installation lacks; the table has the same data.</source>
        <translation>Les graphiques nécessitent PySide6-Addons, absent de cette installation ; le tableau contient les mêmes données.</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>only for a server with a certificate of its own</source>
        <translation>seulement pour un serveur avec son propre certificat</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton :</translation>
    </message>
    <message>
        <source>Certificate file:</source>
        <translation>Fichier du certificat :</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Could not connect: {reason}</source>
        <translation>Connexion impossible : {reason}</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message numerus="yes">
        <source>Exported %Ln run(s) to {path}</source>
        <translation>
            <numerusform>%Ln exécution exportée vers {path}</numerusform>
            <numerusform>%Ln exécutions exportées vers {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message numerus="yes">
        <source>%Ln sync(s) were cut off when StoreSync last stopped; the history marks them interrupted.</source>
        <translation>
            <numerusform>%Ln synchronisation a été coupée au dernier arrêt de StoreSync ; l’historique la marque comme interrompue.</numerusform>
            <numerusform>%Ln synchronisations ont été coupées au dernier arrêt de StoreSync ; l’historique les marque comme interrompues.</numerusform>
        </translation>
    </message>
    <message>
        <source>StoreSync keeps running</source>
        <translation>StoreSync continue de fonctionner</translation>
    </message>
    <message>
        <source>Your stores keep syncing in the background. Open StoreSync from this icon; choose Quit in its menu to stop. You can change this in Settings.</source>
        <translation>Vos boutiques continuent de se synchroniser en arrière-plan. Ouvrez StoreSync depuis cette icône ; choisissez Quitter dans son menu pour l’arrêter. Vous pouvez changer cela dans les Paramètres.</translation>
    </message>
    <message>
        <source>Could not save a setting</source>
        <translation>Impossible d’enregistrer un paramètre</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No stores yet</source>
        <translation>Aucune boutique pour l’instant</translation>
    </message>
    <message>
        <source>Connect a Shopify, WooCommerce, BaseLinker, Amazon or any JSON API store, and StoreSync keeps its stock and orders in step on the schedule you choose.
Not ready yet? The demo stores run on this computer and show how it works.</source>
        <translation>Connectez une boutique Shopify, WooCommerce, BaseLinker, Amazon ou toute boutique dotée d’une API JSON, et StoreSync garde ses stocks et ses commandes en phase selon le calendrier que vous choisissez.
Pas encore prêt ? Les boutiques de démonstration fonctionnent sur cet ordinateur et montrent comment tout marche.</translation>
    </message>
    <message>
        <source>Add a store</source>
        <translation>Ajouter une boutique</translation>
    </message>
    <message>
        <source>Try the demo stores</source>
        <translation>Essayer les boutiques de démonstration</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something unexpected went wrong ({kind}). StoreSync keeps running; the details were written to the log.</source>
        <translation>Une erreur inattendue s’est produite ({kind}). StoreSync continue de fonctionner ; les détails ont été écrits dans le journal.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>il y a %Ln min</numerusform>
            <numerusform>il y a %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>il y a %Ln h</numerusform>
            <numerusform>il y a %Ln h</numerusform>
        </translation>
    </message>
    <message>
        <source>in {s} s</source>
        <translation>dans {s} s</translation>
    </message>
    <message>
        <source>in {m} min {s} s</source>
        <translation>dans {m} min {s} s</translation>
    </message>
    <message>
        <source>in {h} h {m} min</source>
        <translation>dans {h} h {m} min</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>non planifié</translation>
    </message>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fetched</source>
        <translation>
            <numerusform>%Ln récupéré</numerusform>
            <numerusform>%Ln récupérés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln nouveau</numerusform>
            <numerusform>%Ln nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln mis à jour</numerusform>
            <numerusform>%Ln mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln supprimé</numerusform>
            <numerusform>%Ln supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln en échec</numerusform>
            <numerusform>%Ln en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped (not stock)</source>
        <translation>
            <numerusform>%Ln ignoré (pas du stock)</numerusform>
            <numerusform>%Ln ignorés (pas du stock)</numerusform>
        </translation>
    </message>
    <message>
        <source>page {p} · {n}</source>
        <translation>page {p} · {n}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Stock push</source>
        <translation>Envoi de stock</translation>
    </message>
    <message>
        <source>Low-stock check</source>
        <translation>Contrôle du stock bas</translation>
    </message>
    <message>
        <source>Cleanup</source>
        <translation>Nettoyage</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Expéditions</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>Rattrapage</translation>
    </message>
    <message>
        <source>First sync</source>
        <translation>Première synchronisation</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partiel</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursée</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>All good</source>
        <translation>Tout va bien</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Attention requise</translation>
    </message>
    <message>
        <source>A sync failed</source>
        <translation>Une synchronisation a échoué</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>All stores</source>
        <translation>Toutes les boutiques</translation>
    </message>
    <message>
        <source>{name} (removed)</source>
        <translation>{name} (supprimée)</translation>
    </message>
    <message>
        <source>store</source>
        <translation>boutique</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Filter history by store</source>
        <translation>Filtrer l’historique par boutique</translation>
    </message>
    <message>
        <source>Filter history by job</source>
        <translation>Filtrer l’historique par tâche</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source>Filter history by result</source>
        <translation>Filtrer l’historique par résultat</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Filter history by date</source>
        <translation>Filtrer l’historique par date</translation>
    </message>
    <message>
        <source>Run details…</source>
        <translation>Détails de l’exécution…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Sync history</source>
        <translation>Historique des synchronisations</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s)</source>
        <translation>
            <numerusform>%Ln exécution</numerusform>
            <numerusform>%Ln exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln run(s) to {path}</source>
        <translation>
            <numerusform>%Ln exécution exportée vers {path}</numerusform>
            <numerusform>%Ln exécutions exportées vers {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the history</source>
        <translation>Impossible d’exporter l’historique</translation>
    </message>
</context>
<context>
    <name>InventoryModel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>Not read yet: scroll on to load more</source>
        <translation>Pas encore lu : faites défiler pour en charger davantage</translation>
    </message>
    <message>
        <source> — low stock</source>
        <translation> — stock bas</translation>
    </message>
    <message>
        <source>Last seen {when}</source>
        <translation>Vu pour la dernière fois {when}</translation>
    </message>
</context>
<context>
    <name>InventoryPanel</name>
    <message>
        <source>Search SKU or name</source>
        <translation>Rechercher un SKU ou un nom</translation>
    </message>
    <message>
        <source>Search inventory</source>
        <translation>Rechercher dans le stock</translation>
    </message>
    <message>
        <source>SKU history…</source>
        <translation>Historique du SKU…</translation>
    </message>
    <message>
        <source>History of the selected SKU</source>
        <translation>Historique du SKU sélectionné</translation>
    </message>
    <message>
        <source>Import thresholds…</source>
        <translation>Importer des seuils…</translation>
    </message>
    <message>
        <source>Low-stock thresholds per SKU from a CSV file: sku,threshold</source>
        <translation>Seuils de stock bas par SKU depuis un fichier CSV : sku,threshold</translation>
    </message>
    <message>
        <source>Inventory across stores</source>
        <translation>Stock de toutes les boutiques</translation>
    </message>
    <message numerus="yes">
        <source>Highlighted: %Ln or fewer in stock</source>
        <translation>
            <numerusform>En surbrillance : %Ln ou moins en stock</numerusform>
            <numerusform>En surbrillance : %Ln ou moins en stock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln SKU(s) with a threshold of their own)</source>
        <translation>
            <numerusform> (%Ln SKU avec son propre seuil)</numerusform>
            <numerusform> (%Ln SKU avec leur propre seuil)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the inventory: {reason}</source>
        <translation>Impossible de lire le stock : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln store item(s)</source>
        <translation>
            <numerusform>%Ln article de boutique</numerusform>
            <numerusform>%Ln articles de boutique</numerusform>
        </translation>
    </message>
    <message>
        <source>Import low-stock thresholds</source>
        <translation>Importer les seuils de stock bas</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation>Impossible de lire {path} : {reason}</translation>
    </message>
</context>
<context>
    <name>ItemsChangedChart</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Items changed per run</source>
        <translation>Articles modifiés par exécution</translation>
    </message>
    <message>
        <source>The runs could not be read: {error}</source>
        <translation>Les exécutions n’ont pas pu être lues : {error}</translation>
    </message>
    <message>
        <source>No stock run yet.</source>
        <translation>Aucune exécution de stock pour l’instant.</translation>
    </message>
    <message>
        <source>Items changed</source>
        <translation>Articles modifiés</translation>
    </message>
</context>
<context>
    <name>JobScheduleDialog</name>
    <message>
        <source>Edit schedule: {job}</source>
        <translation>Modifier la planification : {job}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Could not save the schedule: {reason}</source>
        <translation>Impossible d’enregistrer la planification : {reason}</translation>
    </message>
</context>
<context>
    <name>JobState</name>
    <message>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partiel</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Rate-limited</source>
        <translation>Débit limité</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Attention requise</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Pas à jour</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Toutes les boutiques</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>All stores</source>
        <translation>Toutes les boutiques</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Lowest level shown</source>
        <translation>Niveau le plus bas affiché</translation>
    </message>
    <message>
        <source>{level} and above</source>
        <translation>{level} et plus</translation>
    </message>
    <message>
        <source>Filter log by store</source>
        <translation>Filtrer le journal par boutique</translation>
    </message>
    <message>
        <source>Run #</source>
        <translation>Exécution n°</translation>
    </message>
    <message>
        <source>Filter log by run number</source>
        <translation>Filtrer le journal par numéro d’exécution</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Pause autoscroll</source>
        <translation>Suspendre le défilement</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Lignes du journal</translation>
    </message>
    <message numerus="yes">
        <source>Paused — %Ln new</source>
        <translation>
            <numerusform>En pause — %Ln nouvelle</numerusform>
            <numerusform>En pause — %Ln nouvelles</numerusform>
        </translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>Exporter le journal</translation>
    </message>
    <message>
        <source>Text (*.log *.txt)</source>
        <translation>Texte (*.log *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln log line(s) to {path}</source>
        <translation>
            <numerusform>%Ln ligne du journal exportée vers {path}</numerusform>
            <numerusform>%Ln lignes du journal exportées vers {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export the log</source>
        <translation>Impossible d’exporter le journal</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Panels</source>
        <translation>Panneaux</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>&amp;Stores</source>
        <translation>&amp;Boutiques</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>À &amp;venir</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>&amp;Stock</translation>
    </message>
    <message>
        <source>O&amp;rders</source>
        <translation>&amp;Commandes</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;Add store…</source>
        <translation>&amp;Ajouter une boutique…</translation>
    </message>
    <message>
        <source>&amp;Sync all now</source>
        <translation>Tout &amp;synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Pause all</source>
        <translation>Tout mettre en &amp;pause</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Ouvrir le &amp;dossier des données</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <source>&amp;About StoreSync</source>
        <translation>À &amp;propos de StoreSync</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message numerus="yes">
        <source>%Ln running</source>
        <translation>
            <numerusform>%Ln en cours</numerusform>
            <numerusform>%Ln en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln en attente</numerusform>
            <numerusform>%Ln en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>No run scheduled</source>
        <translation>Aucune exécution planifiée</translation>
    </message>
    <message>
        <source>Next: {store} {when}</source>
        <translation>Prochaine : {store} {when}</translation>
    </message>
    <message>
        <source>&amp;Resume all</source>
        <translation>Tout &amp;reprendre</translation>
    </message>
    <message>
        <source>The database was damaged</source>
        <translation>La base de données était endommagée</translation>
    </message>
    <message>
        <source>StoreSync found its database damaged ({reason}) and started a new one. The old file was kept at:
{path}

Stores and settings need to be added again.</source>
        <translation>StoreSync a trouvé sa base de données endommagée ({reason}) et en a créé une nouvelle. L’ancien fichier a été conservé ici :
{path}

Les boutiques et les paramètres doivent être ajoutés de nouveau.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>A sync</source>
        <translation>Une synchronisation</translation>
    </message>
    <message>
        <source>all stores</source>
        <translation>toutes les boutiques</translation>
    </message>
    <message>
        <source>A store</source>
        <translation>Une boutique</translation>
    </message>
    <message>
        <source>{name} failed</source>
        <translation>{name} a échoué</translation>
    </message>
    <message>
        <source>{name} works again</source>
        <translation>{name} fonctionne de nouveau</translation>
    </message>
    <message>
        <source>The last run ended {status}.</source>
        <translation>La dernière exécution s’est terminée : {status}.</translation>
    </message>
    <message>
        <source>{name} paused itself</source>
        <translation>{name} s’est mis en pause</translation>
    </message>
    <message>
        <source>{store} needs attention</source>
        <translation>{store} demande votre attention</translation>
    </message>
    <message>
        <source>{store}: stock data is stale</source>
        <translation>{store} : les données de stock ne sont plus à jour</translation>
    </message>
    <message>
        <source>Low stock in {store}</source>
        <translation>Stock bas dans {store}</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation>
            <numerusform> et %Ln autre</numerusform>
            <numerusform> et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SKU(s) at or below their low-stock threshold: {skus}</source>
        <translation>
            <numerusform>%Ln SKU au seuil de stock bas ou en dessous : {skus}</numerusform>
            <numerusform>%Ln SKU au seuil de stock bas ou en dessous : {skus}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <source>Order {number} — {store}</source>
        <translation>Commande {number} — {store}</translation>
    </message>
    <message>
        <source>{status} (the store says “{remote}”)</source>
        <translation>{status} (la boutique indique « {remote} »)</translation>
    </message>
    <message>
        <source>Placed {time} · total {total} {currency}</source>
        <translation>Passée le {time} · total {total} {currency}</translation>
    </message>
    <message>
        <source>Ships to {country}</source>
        <translation>Livraison vers : {country}</translation>
    </message>
    <message>
        <source>Tracking number {tracking}</source>
        <translation>Numéro de suivi {tracking}</translation>
    </message>
    <message>
        <source>Status history of this order</source>
        <translation>Historique des états de cette commande</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>Selon eux</translation>
    </message>
</context>
<context>
    <name>OrdersPanel</name>
    <message>
        <source>Filter orders by store</source>
        <translation>Filtrer les commandes par boutique</translation>
    </message>
    <message>
        <source>Filter orders by status</source>
        <translation>Filtrer les commandes par état</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Filter orders by date</source>
        <translation>Filtrer les commandes par date</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Order details…</source>
        <translation>Détails de la commande…</translation>
    </message>
    <message>
        <source>Orders of every store</source>
        <translation>Commandes de toutes les boutiques</translation>
    </message>
    <message>
        <source>Could not read the orders: {reason}</source>
        <translation>Impossible de lire les commandes : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln commande</numerusform>
            <numerusform>%Ln commandes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Overall state</source>
        <translation>État général</translation>
    </message>
    <message>
        <source>Today&apos;s totals</source>
        <translation>Totaux du jour</translation>
    </message>
    <message>
        <source>Stores at a glance</source>
        <translation>Les boutiques en un coup d’œil</translation>
    </message>
    <message>
        <source>No stores yet</source>
        <translation>Aucune boutique pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%Ln store(s) need attention</source>
        <translation>
            <numerusform>%Ln boutique demande votre attention</numerusform>
            <numerusform>%Ln boutiques demandent votre attention</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing is paused</source>
        <translation>La synchronisation est en pause</translation>
    </message>
    <message numerus="yes">
        <source>%Ln store(s) have not synced for a while</source>
        <translation>
            <numerusform>%Ln boutique n’a pas été synchronisée depuis longtemps</numerusform>
            <numerusform>%Ln boutiques n’ont pas été synchronisées depuis longtemps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln store(s) in step, next sync {time}</source>
        <translation>
            <numerusform>%Ln boutique en phase, prochaine synchronisation {time}</numerusform>
            <numerusform>Les %Ln boutiques sont en phase, prochaine synchronisation {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln store(s) in step</source>
        <translation>
            <numerusform>%Ln boutique en phase</numerusform>
            <numerusform>Les %Ln boutiques sont en phase</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the figures: {reason}</source>
        <translation>Impossible de lire les chiffres : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Today: %Ln run(s)</source>
        <translation>
            <numerusform>Aujourd’hui : %Ln exécution</numerusform>
            <numerusform>Aujourd’hui : %Ln exécutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) changed</source>
        <translation>
            <numerusform>%Ln article modifié</numerusform>
            <numerusform>%Ln articles modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) imported</source>
        <translation>
            <numerusform>%Ln commande importée</numerusform>
            <numerusform>%Ln commandes importées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PagedModel</name>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Récupérés</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Suivi</translation>
    </message>
</context>
<context>
    <name>PlatformFields</name>
    <message>
        <source>Shop address</source>
        <translation>Adresse de la boutique</translation>
    </message>
    <message>
        <source>Your shop&apos;s myshopify address, e.g. my-shop.myshopify.com.</source>
        <translation>L’adresse myshopify de votre boutique, p. ex. my-shop.myshopify.com.</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l’API</translation>
    </message>
    <message>
        <source>The Shopify API version to use. Keep the default unless support tells you otherwise.</source>
        <translation>La version de l’API Shopify à utiliser. Gardez celle par défaut, sauf avis contraire du support.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>The Shopify location whose stock is synced. Leave empty to use every location.</source>
        <translation>L’emplacement Shopify dont le stock est synchronisé. Laissez vide pour utiliser tous les emplacements.</translation>
    </message>
    <message>
        <source>Admin API access token</source>
        <translation>Jeton d’accès Admin API</translation>
    </message>
    <message>
        <source>From Settings &gt; Apps &gt; Develop apps &gt; your app &gt; API credentials (starts with shpat_).</source>
        <translation>Dans Settings &gt; Apps &gt; Develop apps &gt; votre app &gt; API credentials (commence par shpat_).</translation>
    </message>
    <message>
        <source>Order statuses</source>
        <translation>Statuts des commandes</translation>
    </message>
    <message>
        <source>How this store&apos;s order statuses read in StoreSync: one &apos;store status = ours&apos; per line; ours is one of pending, paid, processing, shipped, delivered, cancelled, refunded, on_hold, unknown.</source>
        <translation>Comment les statuts de commande de cette boutique se lisent dans StoreSync : une ligne « statut de la boutique = le nôtre » par statut ; le nôtre est l’un de : pending, paid, processing, shipped, delivered, cancelled, refunded, on_hold, unknown.</translation>
    </message>
    <message>
        <source>The address of your WordPress site, e.g. https://shop.example.com.</source>
        <translation>L’adresse de votre site WordPress, p. ex. https://shop.example.com.</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <source>From WooCommerce &gt; Settings &gt; Advanced &gt; REST API (starts with ck_). Needs Read/Write access.</source>
        <translation>Dans WooCommerce &gt; Réglages &gt; Avancé &gt; API REST (commence par ck_). Nécessite l’accès Lecture/Écriture.</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Shown next to the consumer key (starts with cs_).</source>
        <translation>Affiché à côté de la clé client (commence par cs_).</translation>
    </message>
    <message>
        <source>How to send the key</source>
        <translation>Comment envoyer la clé</translation>
    </message>
    <message>
        <source>Keep &apos;basic&apos;. Choose &apos;query&apos; only if the connection test says the consumer key is missing (some hosts strip the login header).</source>
        <translation>Gardez « basic ». Choisissez « query » seulement si le test de connexion signale que la clé client manque (certains hébergeurs suppriment l’en-tête d’authentification).</translation>
    </message>
    <message>
        <source>basic</source>
        <translation>basic</translation>
    </message>
    <message>
        <source>query</source>
        <translation>query</translation>
    </message>
    <message>
        <source>Catalog ID</source>
        <translation>ID du catalogue</translation>
    </message>
    <message>
        <source>The BaseLinker catalog (inventory) to sync.</source>
        <translation>Le catalogue BaseLinker (inventory) à synchroniser.</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <source>The warehouse whose stock is synced, e.g. bl_123. Warehouses of external shops are read-only.</source>
        <translation>L’entrepôt dont le stock est synchronisé, p. ex. bl_123. Les entrepôts des boutiques externes sont en lecture seule.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton API</translation>
    </message>
    <message>
        <source>From BaseLinker &gt; My account &gt; API.</source>
        <translation>Dans BaseLinker &gt; My account &gt; API.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Where your seller account lives: na (Americas), eu (Europe, Middle East, India), fe (Far East).</source>
        <translation>Où se trouve votre compte vendeur : na (Amériques), eu (Europe, Moyen-Orient, Inde), fe (Extrême-Orient).</translation>
    </message>
    <message>
        <source>na</source>
        <translation>na</translation>
    </message>
    <message>
        <source>eu</source>
        <translation>eu</translation>
    </message>
    <message>
        <source>fe</source>
        <translation>fe</translation>
    </message>
    <message>
        <source>Marketplace ID</source>
        <translation>ID de la place de marché</translation>
    </message>
    <message>
        <source>The marketplace to read, e.g. A1PA6795UKMFR9 for Germany.</source>
        <translation>La place de marché à lire, p. ex. A1PA6795UKMFR9 pour l’Allemagne.</translation>
    </message>
    <message>
        <source>LWA client ID</source>
        <translation>ID client LWA</translation>
    </message>
    <message>
        <source>From Seller Central &gt; Apps &gt; Develop apps (amzn1.application-oa2...).</source>
        <translation>Dans Seller Central &gt; Apps &gt; Develop apps (amzn1.application-oa2...).</translation>
    </message>
    <message>
        <source>LWA client secret</source>
        <translation>Secret client LWA</translation>
    </message>
    <message>
        <source>Shown next to the client ID.</source>
        <translation>Affiché à côté de l’ID client.</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Jeton d’actualisation</translation>
    </message>
    <message>
        <source>Created when you authorise the app for your seller account.</source>
        <translation>Créé lorsque vous autorisez l’app pour votre compte vendeur.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l’API</translation>
    </message>
    <message>
        <source>The start of every address, e.g. https://erp.example.com/api.</source>
        <translation>Le début de chaque adresse, p. ex. https://erp.example.com/api.</translation>
    </message>
    <message>
        <source>Login method</source>
        <translation>Méthode de connexion</translation>
    </message>
    <message>
        <source>How the API checks who you are: none, a bearer token, a custom header, a user name and password (basic), a key in the address (query) or in the request body (body), a login request that returns a token (login), OAuth2 client credentials (oauth2), or the user name, password and user token posted as a form with every request (form).</source>
        <translation>Comment l’API vérifie qui vous êtes : aucune, un jeton bearer (bearer), un en-tête personnalisé (header), un nom d’utilisateur et un mot de passe (basic), une clé dans l’adresse (query) ou dans le corps de la requête (body), une requête de connexion qui renvoie un jeton (login), des identifiants client OAuth2 (oauth2), ou le nom d’utilisateur, le mot de passe et le jeton utilisateur envoyés en formulaire avec chaque requête (form).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>bearer</source>
        <translation>bearer</translation>
    </message>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>body</source>
        <translation>body</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>oauth2</source>
        <translation>oauth2</translation>
    </message>
    <message>
        <source>form</source>
        <translation>form</translation>
    </message>
    <message>
        <source>Key field in the body</source>
        <translation>Champ de la clé dans le corps</translation>
    </message>
    <message>
        <source>For the &apos;body&apos; login, or a token sent in the body: the field&apos;s (dotted) name, e.g. api_key.</source>
        <translation>Pour la connexion « body », ou un jeton envoyé dans le corps : le nom (pointé) du champ, p. ex. api_key.</translation>
    </message>
    <message>
        <source>Header name</source>
        <translation>Nom de l’en-tête</translation>
    </message>
    <message>
        <source>For the &apos;header&apos; login: the header&apos;s name, e.g. X-Api-Key.</source>
        <translation>Pour la connexion « header » : le nom de l’en-tête, p. ex. X-Api-Key.</translation>
    </message>
    <message>
        <source>Key parameter name</source>
        <translation>Nom du paramètre de la clé</translation>
    </message>
    <message>
        <source>For the &apos;query&apos; login: the parameter&apos;s name, e.g. api_key.</source>
        <translation>Pour la connexion « query » : le nom du paramètre, p. ex. api_key.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>For the &apos;basic&apos;, &apos;login&apos; and &apos;form&apos; logins.</source>
        <translation>Pour les connexions « basic », « login » et « form ».</translation>
    </message>
    <message>
        <source>Token, key or password</source>
        <translation>Jeton, clé ou mot de passe</translation>
    </message>
    <message>
        <source>The value the login method sends.</source>
        <translation>La valeur qu’envoie la méthode de connexion.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>User token</source>
        <translation>Jeton utilisateur</translation>
    </message>
    <message>
        <source>For the &apos;login&apos; step or the &apos;form&apos; login: the account&apos;s password.</source>
        <translation>Pour l’étape « login » ou la connexion « form » : le mot de passe du compte.</translation>
    </message>
    <message>
        <source>For the &apos;login&apos; step or the &apos;form&apos; login: a token the vendor issues to your account, if it asks for one.</source>
        <translation>Pour l’étape « login » ou la connexion « form » : un jeton que l’éditeur délivre à votre compte, s’il en demande un.</translation>
    </message>
    <message>
        <source>OAuth2 client ID</source>
        <translation>ID client OAuth2</translation>
    </message>
    <message>
        <source>For &apos;oauth2&apos;: the client ID the vendor gave you.</source>
        <translation>Pour « oauth2 » : l’ID client que l’éditeur vous a fourni.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>For &apos;oauth2&apos;: the client secret.</source>
        <translation>Pour « oauth2 » : le secret client.</translation>
    </message>
    <message>
        <source>Login address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <source>For &apos;login&apos; and &apos;oauth2&apos;: the path (or address) that gives a token, e.g. /auth/token.</source>
        <translation>Pour « login » et « oauth2 » : le chemin (ou l’adresse) qui délivre un jeton, p. ex. /auth/token.</translation>
    </message>
    <message>
        <source>Login request</source>
        <translation>Requête de connexion</translation>
    </message>
    <message>
        <source>For &apos;login&apos;: the JSON sent; {username}, {password}, {user_token} and {secret} are filled in from the store&apos;s settings and keychain.</source>
        <translation>Pour « login » : le JSON envoyé ; {username}, {password}, {user_token} et {secret} sont remplis à partir des paramètres de la boutique et du trousseau.</translation>
    </message>
    <message>
        <source>Token in the login answer</source>
        <translation>Jeton dans la réponse de connexion</translation>
    </message>
    <message>
        <source>For &apos;login&apos; and &apos;oauth2&apos;: dotted path to the token, e.g. access_token.</source>
        <translation>Pour « login » et « oauth2 » : chemin pointé vers le jeton, p. ex. access_token.</translation>
    </message>
    <message>
        <source>Token lifetime in the answer</source>
        <translation>Durée de vie du jeton dans la réponse</translation>
    </message>
    <message>
        <source>Dotted path to the token&apos;s lifetime in seconds, e.g. expires_in; empty: kept until refused.</source>
        <translation>Chemin pointé vers la durée de vie du jeton en secondes, p. ex. expires_in ; vide : conservé jusqu’à ce qu’il soit refusé.</translation>
    </message>
    <message>
        <source>How to send the token</source>
        <translation>Comment envoyer le jeton</translation>
    </message>
    <message>
        <source>For &apos;login&apos; and &apos;oauth2&apos;: as a bearer token, in the header named above, in the address parameter named above, or in the request body field named above.</source>
        <translation>Pour « login » et « oauth2 » : comme jeton bearer, dans l’en-tête nommé plus haut, dans le paramètre d’adresse nommé plus haut, ou dans le champ du corps de la requête nommé plus haut.</translation>
    </message>
    <message>
        <source>OAuth2 scope</source>
        <translation>Portée OAuth2</translation>
    </message>
    <message>
        <source>For &apos;oauth2&apos;: the scope to ask for, if the API wants one.</source>
        <translation>Pour « oauth2 » : la portée à demander, si l’API en exige une.</translation>
    </message>
    <message>
        <source>Request method</source>
        <translation>Méthode de requête</translation>
    </message>
    <message>
        <source>GET for most APIs; POST for APIs that take the request as a JSON body (RPC-style ERPs).</source>
        <translation>GET pour la plupart des API ; POST pour les API qui reçoivent la requête en corps JSON (ERP de type RPC).</translation>
    </message>
    <message>
        <source>GET</source>
        <translation>GET</translation>
    </message>
    <message>
        <source>POST</source>
        <translation>POST</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>For POST: the JSON sent with every list request; page, cursor and changed-since values are placed in it under their parameter names (a dotted name places them inside an object).</source>
        <translation>Pour POST : le JSON envoyé avec chaque requête de liste ; les valeurs de page, de curseur et de « modifié depuis » y sont placées sous le nom de leur paramètre (un nom pointé les place dans un objet).</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>En-têtes supplémentaires</translation>
    </message>
    <message>
        <source>Optional: headers sent with every request, as a JSON object, e.g. {&quot;Accept-Language&quot;: &quot;en&quot;}.</source>
        <translation>Facultatif : en-têtes envoyés avec chaque requête, sous forme d’objet JSON, p. ex. {&quot;Accept-Language&quot;: &quot;en&quot;}.</translation>
    </message>
    <message>
        <source>Request rate</source>
        <translation>Débit de requêtes</translation>
    </message>
    <message>
        <source>Optional: the most requests StoreSync sends, e.g. 5/s or 100/min.</source>
        <translation>Facultatif : le nombre maximal de requêtes qu’envoie StoreSync, p. ex. 5/s ou 100/min.</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Requêtes simultanées</translation>
    </message>
    <message>
        <source>The most requests on the wire at once, for all this store&apos;s jobs together. 2: the next page is asked for while this one is stored; 1: one request at a time.</source>
        <translation>Le nombre maximal de requêtes en cours à la fois, pour toutes les tâches de cette boutique. 2 : la page suivante est demandée pendant que celle-ci est enregistrée ; 1 : une requête à la fois.</translation>
    </message>
    <message>
        <source>Success in the answer</source>
        <translation>Succès dans la réponse</translation>
    </message>
    <message>
        <source>Optional, for APIs that answer 200 even when a call fails and say so in the body: dotted path to the value that tells, e.g. status_code or isError. Every answer is checked: reads, the login and writes.</source>
        <translation>Facultatif, pour les API qui répondent 200 même quand un appel échoue et le disent dans le corps : chemin pointé vers la valeur qui l’indique, p. ex. status_code ou isError. Chaque réponse est vérifiée : lectures, connexion et écritures.</translation>
    </message>
    <message>
        <source>Success value</source>
        <translation>Valeur de succès</translation>
    </message>
    <message>
        <source>The value at that path that means success, e.g. R200, or false for an isError flag; several separated by commas. Any other value fails the call.</source>
        <translation>La valeur à ce chemin qui signifie le succès, p. ex. R200, ou false pour un indicateur isError ; plusieurs séparées par des virgules. Toute autre valeur fait échouer l’appel.</translation>
    </message>
    <message>
        <source>API&apos;s error message</source>
        <translation>Message d’erreur de l’API</translation>
    </message>
    <message>
        <source>Dotted path to the API&apos;s own message in a failing answer, e.g. msg or messages; it is shown with the store&apos;s name.</source>
        <translation>Chemin pointé vers le message propre de l’API dans une réponse en échec, p. ex. msg ou messages ; il est affiché avec le nom de la boutique.</translation>
    </message>
    <message>
        <source>Values for refused credentials</source>
        <translation>Valeurs d’identifiants refusés</translation>
    </message>
    <message>
        <source>Optional: values at the success path that mean the credentials were refused, e.g. R401; reported as a credentials problem (a login token is renewed once first).</source>
        <translation>Facultatif : valeurs au chemin de succès qui signifient que les identifiants ont été refusés, p. ex. R401 ; signalées comme un problème d’identifiants (un jeton de connexion est d’abord renouvelé une fois).</translation>
    </message>
    <message>
        <source>Stock endpoint</source>
        <translation>Point d’accès du stock</translation>
    </message>
    <message>
        <source>The path that lists your products, e.g. /products or stock/list.</source>
        <translation>Le chemin qui liste vos produits, p. ex. /products ou stock/list.</translation>
    </message>
    <message>
        <source>Where the list is</source>
        <translation>Où se trouve la liste</translation>
    </message>
    <message>
        <source>Dotted path to the product list in the answer, e.g. data.items; empty if it is the list.</source>
        <translation>Chemin pointé vers la liste des produits dans la réponse, p. ex. data.items ; vide si la réponse est la liste.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagination</translation>
    </message>
    <message>
        <source>How the API splits long lists: none, page numbers, offset and limit, a cursor in the answer (a token, or a whole address), a next-page address in the answer, the next page&apos;s number in the answer, or a Link header.</source>
        <translation>Comment l’API découpe les longues listes : aucune, numéros de page, décalage et limite, un curseur dans la réponse (un jeton ou une adresse complète), l’adresse de la page suivante dans la réponse, le numéro de la page suivante dans la réponse, ou un en-tête Link.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>offset</source>
        <translation>offset</translation>
    </message>
    <message>
        <source>cursor_body</source>
        <translation>cursor_body</translation>
    </message>
    <message>
        <source>next_url_body</source>
        <translation>next_url_body</translation>
    </message>
    <message>
        <source>next_page_body</source>
        <translation>next_page_body</translation>
    </message>
    <message>
        <source>link_header</source>
        <translation>link_header</translation>
    </message>
    <message>
        <source>Page parameter</source>
        <translation>Paramètre de page</translation>
    </message>
    <message>
        <source>Name of the page-number parameter.</source>
        <translation>Nom du paramètre du numéro de page.</translation>
    </message>
    <message>
        <source>Page size parameter</source>
        <translation>Paramètre de taille de page</translation>
    </message>
    <message>
        <source>Name of the page-size parameter; empty to not send one.</source>
        <translation>Nom du paramètre de taille de page ; vide pour ne pas en envoyer.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Taille de page</translation>
    </message>
    <message>
        <source>How many records to ask for per page.</source>
        <translation>Combien d’enregistrements demander par page.</translation>
    </message>
    <message>
        <source>Total pages header</source>
        <translation>En-tête du nombre de pages</translation>
    </message>
    <message>
        <source>Header that tells how many pages there are.</source>
        <translation>En-tête qui indique le nombre de pages.</translation>
    </message>
    <message>
        <source>Total pages in the answer</source>
        <translation>Nombre de pages dans la réponse</translation>
    </message>
    <message>
        <source>Optional: dotted path to the number of pages inside the answer, e.g. meta.total_pages.</source>
        <translation>Facultatif : chemin pointé vers le nombre de pages dans la réponse, p. ex. meta.total_pages.</translation>
    </message>
    <message>
        <source>Total records in the answer</source>
        <translation>Nombre d’enregistrements dans la réponse</translation>
    </message>
    <message>
        <source>Optional: dotted path to the number of records in the whole list, e.g. count or meta.total; pages stop once that many are read.</source>
        <translation>Facultatif : chemin pointé vers le nombre d’enregistrements de toute la liste, p. ex. count ou meta.total ; la lecture des pages s’arrête une fois ce nombre atteint.</translation>
    </message>
    <message>
        <source>Total records header</source>
        <translation>En-tête du nombre d’enregistrements</translation>
    </message>
    <message>
        <source>Optional: header that tells how many records the whole list has, e.g. X-Total-Count.</source>
        <translation>Facultatif : en-tête qui indique le nombre d’enregistrements de toute la liste, p. ex. X-Total-Count.</translation>
    </message>
    <message>
        <source>Next page number in the answer</source>
        <translation>Numéro de la page suivante dans la réponse</translation>
    </message>
    <message>
        <source>For next-page-number pages: dotted path to it, e.g. meta.next_page; the list ends when it is empty.</source>
        <translation>Pour la pagination par numéro de page suivante : chemin pointé vers ce numéro, p. ex. meta.next_page ; la liste se termine quand il est vide.</translation>
    </message>
    <message>
        <source>Offset parameter</source>
        <translation>Paramètre de décalage</translation>
    </message>
    <message>
        <source>For offset pages: the offset parameter&apos;s name.</source>
        <translation>Pour la pagination par décalage : le nom du paramètre de décalage.</translation>
    </message>
    <message>
        <source>Limit parameter</source>
        <translation>Paramètre de limite</translation>
    </message>
    <message>
        <source>For offset pages: the limit parameter&apos;s name.</source>
        <translation>Pour la pagination par décalage : le nom du paramètre de limite.</translation>
    </message>
    <message>
        <source>Cursor in the answer</source>
        <translation>Curseur dans la réponse</translation>
    </message>
    <message>
        <source>For cursor pages: dotted path to the next cursor.</source>
        <translation>Pour la pagination par curseur : chemin pointé vers le curseur suivant.</translation>
    </message>
    <message>
        <source>Cursor parameter</source>
        <translation>Paramètre de curseur</translation>
    </message>
    <message>
        <source>For cursor pages: the parameter that sends the cursor back.</source>
        <translation>Pour la pagination par curseur : le paramètre qui renvoie le curseur.</translation>
    </message>
    <message>
        <source>Next page address in the answer</source>
        <translation>Adresse de la page suivante dans la réponse</translation>
    </message>
    <message>
        <source>For next-address pages: dotted path to it.</source>
        <translation>Pour la pagination par adresse suivante : chemin pointé vers cette adresse.</translation>
    </message>
    <message>
        <source>Field mapping</source>
        <translation>Correspondance des champs</translation>
    </message>
    <message>
        <source>Where each value is inside a record (dotted paths): sku, name, quantity, price, updated_at, and optionally location. Quantity may add several fields: stock.shop + stock.depot.</source>
        <translation>Où se trouve chaque valeur dans un enregistrement (chemins pointés) : sku, name, quantity, price, updated_at et, en option, location. La quantité peut additionner plusieurs champs : stock.shop + stock.depot.</translation>
    </message>
    <message>
        <source>Records to skip</source>
        <translation>Enregistrements à ignorer</translation>
    </message>
    <message>
        <source>Optional: records that are not stock, skipped (not failed), e.g. {&quot;sku&quot;: &quot;&quot;, &quot;type&quot;: &quot;bundle&quot;}: &quot;&quot; skips a missing or empty value, &quot;!product&quot; anything but product.</source>
        <translation>Facultatif : les enregistrements qui ne sont pas du stock, ignorés (et non en échec), p. ex. {&quot;sku&quot;: &quot;&quot;, &quot;type&quot;: &quot;bundle&quot;} : &quot;&quot; ignore une valeur absente ou vide, &quot;!product&quot; tout sauf product.</translation>
    </message>
    <message>
        <source>Nested stock records</source>
        <translation>Enregistrements de stock imbriqués</translation>
    </message>
    <message>
        <source>Optional: dotted path to a list inside each record with one stock record per element (e.g. per warehouse); values missing from an element come from its record (or parent.x).</source>
        <translation>Facultatif : chemin pointé vers une liste dans chaque enregistrement, avec un enregistrement de stock par élément (p. ex. par entrepôt) ; les valeurs absentes d’un élément viennent de son enregistrement (ou parent.x).</translation>
    </message>
    <message>
        <source>Quantity per location</source>
        <translation>Quantité par emplacement</translation>
    </message>
    <message>
        <source>Optional: one quantity field per location, e.g. {&quot;Shop&quot;: &quot;stock.shop&quot;, &quot;Depot&quot;: &quot;stock.depot&quot;}; the item&apos;s quantity is their sum.</source>
        <translation>Facultatif : un champ de quantité par emplacement, p. ex. {&quot;Shop&quot;: &quot;stock.shop&quot;, &quot;Depot&quot;: &quot;stock.depot&quot;} ; la quantité de l’article est leur somme.</translation>
    </message>
    <message>
        <source>Second endpoint</source>
        <translation>Second point d’accès</translation>
    </message>
    <message>
        <source>Optional: a path whose records are joined to the stock records by a key; their values are read as join.x in the field mapping.</source>
        <translation>Facultatif : un chemin dont les enregistrements sont joints aux enregistrements de stock par une clé ; leurs valeurs se lisent join.x dans la correspondance des champs.</translation>
    </message>
    <message>
        <source>Where its list is</source>
        <translation>Où se trouve sa liste</translation>
    </message>
    <message>
        <source>Dotted path to the second endpoint&apos;s list in its answer; empty if it is the list.</source>
        <translation>Chemin pointé vers la liste du second point d’accès dans sa réponse ; vide si la réponse est la liste.</translation>
    </message>
    <message>
        <source>Its key</source>
        <translation>Sa clé</translation>
    </message>
    <message>
        <source>The key in the second endpoint&apos;s records, e.g. product_id.</source>
        <translation>La clé dans les enregistrements du second point d’accès, p. ex. product_id.</translation>
    </message>
    <message>
        <source>Matched with</source>
        <translation>Mis en correspondance avec</translation>
    </message>
    <message>
        <source>The key in the stock records it matches, e.g. id.</source>
        <translation>La clé des enregistrements de stock à laquelle elle correspond, p. ex. id.</translation>
    </message>
    <message>
        <source>Changed-since parameter</source>
        <translation>Paramètre « modifié depuis »</translation>
    </message>
    <message>
        <source>Optional: parameter that asks only for orders changed since the last sync.</source>
        <translation>Facultatif : paramètre qui ne demande que les commandes modifiées depuis la dernière synchronisation.</translation>
    </message>
    <message>
        <source>Changed-since format</source>
        <translation>Format « modifié depuis »</translation>
    </message>
    <message>
        <source>How the API wants that time: iso (2026-03-01T10:00:00+00:00), unix (seconds), unix_ms (milliseconds) or datetime (2026-03-01 10:00:00, UTC).</source>
        <translation>Comment l’API veut cette heure : iso (2026-03-01T10:00:00+00:00), unix (secondes), unix_ms (millisecondes) ou datetime (2026-03-01 10:00:00, UTC).</translation>
    </message>
    <message>
        <source>iso</source>
        <translation>iso</translation>
    </message>
    <message>
        <source>unix</source>
        <translation>unix</translation>
    </message>
    <message>
        <source>unix_ms</source>
        <translation>unix_ms</translation>
    </message>
    <message>
        <source>datetime</source>
        <translation>datetime</translation>
    </message>
    <message>
        <source>Orders endpoint</source>
        <translation>Point d’accès des commandes</translation>
    </message>
    <message>
        <source>Optional: the path that lists orders.</source>
        <translation>Facultatif : le chemin qui liste les commandes.</translation>
    </message>
    <message>
        <source>Where the order list is</source>
        <translation>Où se trouve la liste des commandes</translation>
    </message>
    <message>
        <source>Dotted path to the order list in the answer, e.g. orders; empty if it is the list.</source>
        <translation>Chemin pointé vers la liste des commandes dans la réponse, p. ex. orders ; vide si la réponse est la liste.</translation>
    </message>
    <message>
        <source>Order field mapping</source>
        <translation>Correspondance des champs de commande</translation>
    </message>
    <message>
        <source>Where each order value is (dotted paths): id, number, status, total, currency, created_at, updated_at, customer_country (e.g. shipping.country) and tracking.</source>
        <translation>Où se trouve chaque valeur de la commande (chemins pointés) : id, number, status, total, currency, created_at, updated_at, customer_country (p. ex. shipping.country) et tracking.</translation>
    </message>
    <message>
        <source>Shipments endpoint</source>
        <translation>Point d’accès des expéditions</translation>
    </message>
    <message>
        <source>For a courier: the path that lists shipments, e.g. /parcels. Its statuses move the orders of the store named below on (the Shipments job).</source>
        <translation>Pour un transporteur : le chemin qui liste les expéditions, p. ex. /parcels. Leurs statuts font avancer les commandes de la boutique nommée plus bas (la tâche Expéditions).</translation>
    </message>
    <message>
        <source>Where the shipment list is</source>
        <translation>Où se trouve la liste des expéditions</translation>
    </message>
    <message>
        <source>Dotted path to the shipment list in the answer, e.g. parcels; empty if it is the list.</source>
        <translation>Chemin pointé vers la liste des expéditions dans la réponse, p. ex. parcels ; vide si la réponse est la liste.</translation>
    </message>
    <message>
        <source>Shipment field mapping</source>
        <translation>Correspondance des champs d’expédition</translation>
    </message>
    <message>
        <source>Where each shipment value is (dotted paths): reference (the order it carries), status, tracking and updated_at. Its statuses read as ours through the order statuses below.</source>
        <translation>Où se trouve chaque valeur de l’expédition (chemins pointés) : reference (la commande qu’elle transporte), status, tracking et updated_at. Ses statuts se lisent comme les nôtres grâce aux statuts de commande ci-dessous.</translation>
    </message>
    <message>
        <source>Orders it follows</source>
        <translation>Commandes suivies</translation>
    </message>
    <message>
        <source>For a courier: the name of the store whose orders its shipments move on.</source>
        <translation>Pour un transporteur : le nom de la boutique dont ses expéditions font avancer les commandes.</translation>
    </message>
    <message>
        <source>Matched with the order&apos;s</source>
        <translation>Correspond à la commande par</translation>
    </message>
    <message>
        <source>What a shipment&apos;s reference is in that store: the order number, or the store&apos;s id for it.</source>
        <translation>Ce qu’est la référence d’une expédition dans cette boutique : le numéro de commande, ou l’ID que la boutique lui donne.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>external_id</source>
        <translation>external_id</translation>
    </message>
    <message>
        <source>Write statuses back</source>
        <translation>Réécrire les statuts</translation>
    </message>
    <message>
        <source>yes: each status a shipment moves an order to is also written to the order&apos;s own store, through that store&apos;s order status write below.</source>
        <translation>oui : chaque statut auquel une expédition fait passer une commande est aussi écrit dans la boutique de cette commande, par l’écriture de statut de commande de cette boutique (ci-dessous).</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Order status write endpoint</source>
        <translation>Point d’accès d’écriture du statut de commande</translation>
    </message>
    <message>
        <source>Optional: the path an order&apos;s new status is written to; it may hold {id} or {number}, e.g. orders/{id}/status.</source>
        <translation>Facultatif : le chemin où le nouveau statut d’une commande est écrit ; il peut contenir {id} ou {number}, p. ex. orders/{id}/status.</translation>
    </message>
    <message>
        <source>Order status write method</source>
        <translation>Méthode d’écriture du statut de commande</translation>
    </message>
    <message>
        <source>The HTTP method of an order status write.</source>
        <translation>La méthode HTTP d’une écriture de statut de commande.</translation>
    </message>
    <message>
        <source>PUT</source>
        <translation>PUT</translation>
    </message>
    <message>
        <source>PATCH</source>
        <translation>PATCH</translation>
    </message>
    <message>
        <source>Order status write body</source>
        <translation>Corps de l’écriture du statut de commande</translation>
    </message>
    <message>
        <source>JSON template of the body: {status} is the store&apos;s own name for the status (from the order statuses below), {tracking}, {number} and {id} are the order&apos;s.</source>
        <translation>Modèle JSON du corps : {status} est le nom que la boutique donne au statut (d’après les statuts de commande ci-dessous), {tracking}, {number} et {id} sont ceux de la commande.</translation>
    </message>
    <message>
        <source>Order status write accepted codes</source>
        <translation>Codes acceptés pour l’écriture du statut de commande</translation>
    </message>
    <message>
        <source>The status codes that count as written, e.g. 200,204; empty: any 2xx.</source>
        <translation>Les codes de statut qui valent écriture réussie, p. ex. 200,204 ; vide : tout 2xx.</translation>
    </message>
    <message>
        <source>Where the written status is</source>
        <translation>Où se trouve le statut écrit</translation>
    </message>
    <message>
        <source>Optional: path to the order&apos;s status in the answer, e.g. order.status; it must read as the status sent. Empty: an accepted status code counts as written.</source>
        <translation>Facultatif : chemin vers le statut de la commande dans la réponse, p. ex. order.status ; il doit se lire comme le statut envoyé. Vide : un code de statut accepté vaut écriture réussie.</translation>
    </message>
    <message>
        <source>Stock update endpoint</source>
        <translation>Point d’accès de mise à jour du stock</translation>
    </message>
    <message>
        <source>Optional: the path stock is written to; per item it may hold {sku} or {id}, e.g. products/{id}/stock.</source>
        <translation>Facultatif : le chemin où le stock est écrit ; par article, il peut contenir {sku} ou {id}, p. ex. products/{id}/stock.</translation>
    </message>
    <message>
        <source>Stock write style</source>
        <translation>Mode d’écriture du stock</translation>
    </message>
    <message>
        <source>batch: one request carries many items; per_item: one request per SKU.</source>
        <translation>par lot : une requête porte de nombreux articles ; par article : une requête par SKU.</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>par lot</translation>
    </message>
    <message>
        <source>per_item</source>
        <translation>par article</translation>
    </message>
    <message>
        <source>Stock write method</source>
        <translation>Méthode d’écriture du stock</translation>
    </message>
    <message>
        <source>The HTTP method of a stock write.</source>
        <translation>La méthode HTTP d’une écriture de stock.</translation>
    </message>
    <message>
        <source>Stock write body</source>
        <translation>Corps de l’écriture du stock</translation>
    </message>
    <message>
        <source>JSON template of the body: in a batch &quot;{items}&quot; is where the list goes (default {&quot;items&quot;: &quot;{items}&quot;}); per item e.g. {&quot;quantity&quot;: &quot;{quantity}&quot;}.</source>
        <translation>Modèle JSON du corps : par lot, &quot;{items}&quot; marque l’endroit de la liste (par défaut {&quot;items&quot;: &quot;{items}&quot;}) ; par article, p. ex. {&quot;quantity&quot;: &quot;{quantity}&quot;}.</translation>
    </message>
    <message>
        <source>Stock write item</source>
        <translation>Article de l’écriture du stock</translation>
    </message>
    <message>
        <source>JSON template of one item of a batch (default {&quot;sku&quot;: &quot;{sku}&quot;, &quot;quantity&quot;: &quot;{quantity}&quot;}).</source>
        <translation>Modèle JSON d’un article d’un lot (par défaut {&quot;sku&quot;: &quot;{sku}&quot;, &quot;quantity&quot;: &quot;{quantity}&quot;}).</translation>
    </message>
    <message>
        <source>Accepted status codes</source>
        <translation>Codes de statut acceptés</translation>
    </message>
    <message>
        <source>The status codes that count as accepted, e.g. 200,201; empty: any 2xx.</source>
        <translation>Les codes de statut qui valent acceptation, p. ex. 200,201 ; vide : tout 2xx.</translation>
    </message>
    <message>
        <source>Where the write result is</source>
        <translation>Où se trouve le résultat de l’écriture</translation>
    </message>
    <message>
        <source>Batch: path to the per-item results ({sku, ok, error}); per item: path to the quantity the answer shows. Empty: the answer says nothing per item, so StoreSync reads the SKUs back.</source>
        <translation>Par lot : chemin vers les résultats par article ({sku, ok, error}) ; par article : chemin vers la quantité que montre la réponse. Vide : la réponse ne dit rien par article, donc StoreSync relit les SKU.</translation>
    </message>
</context>
<context>
    <name>PreviewWords</name>
    <message numerus="yes">
        <source>The first %Ln item(s) as StoreSync reads them.</source>
        <translation>
            <numerusform>Le premier article tel que StoreSync le lit.</numerusform>
            <numerusform>Les %Ln premiers articles tels que StoreSync les lit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PushPreview</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Source SKU</source>
        <translation>SKU source</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Target now</source>
        <translation>Cible actuelle</translation>
    </message>
    <message>
        <source>Target after</source>
        <translation>Cible après</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Preview push to {store}</source>
        <translation>Aperçu de l’envoi vers {store}</translation>
    </message>
    <message>
        <source>{w} to write, {u} unchanged, {s} skipped. Rules apply in this order: {order}.</source>
        <translation>{w} à écrire, {u} inchangés, {s} ignorés. Les règles s’appliquent dans cet ordre : {order}.</translation>
    </message>
    <message>
        <source>Push plan</source>
        <translation>Plan d’envoi</translation>
    </message>
    <message>
        <source>Only on the source</source>
        <translation>Seulement dans la source</translation>
    </message>
    <message>
        <source>Only on the target</source>
        <translation>Seulement dans la cible</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>En double</translation>
    </message>
    <message>
        <source>{title}: {n}</source>
        <translation>{title} : {n}</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Unmatched SKUs ({n})</source>
        <translation>SKU sans correspondance ({n})</translation>
    </message>
    <message>
        <source>Push these changes</source>
        <translation>Envoyer ces modifications</translation>
    </message>
    <message>
        <source>Export plan CSV…</source>
        <translation>Exporter le plan en CSV…</translation>
    </message>
    <message>
        <source>Export unmatched CSV…</source>
        <translation>Exporter les SKU sans correspondance en CSV…</translation>
    </message>
    <message>
        <source>Export SKU pairs to fill in…</source>
        <translation>Exporter les paires de SKU à compléter…</translation>
    </message>
    <message>
        <source>The SKUs only on the source, each with an empty target SKU: fill them in, then import the file with Import SKU pairs in the store&apos;s push rules.</source>
        <translation>Les SKU présents seulement dans la source, chacun avec un SKU cible vide : complétez-les, puis importez le fichier avec Importer des paires de SKU dans les règles d’envoi de la boutique.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>PushRules</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>sans plafond</translation>
    </message>
    <message>
        <source>Import SKU pairs (CSV)…</source>
        <translation>Importer des paires de SKU (CSV)…</translation>
    </message>
    <message>
        <source>Rules apply in this order: {order}.</source>
        <translation>Les règles s’appliquent dans cet ordre : {order}.</translation>
    </message>
    <message>
        <source>Keep back</source>
        <translation>Garder en réserve</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Source SKU</source>
        <translation>SKU source</translation>
    </message>
    <message>
        <source>Show %</source>
        <translation>Afficher %</translation>
    </message>
    <message>
        <source>Show 0 below</source>
        <translation>Afficher 0 en dessous de</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Au plus</translation>
    </message>
    <message>
        <source>Per-SKU buffer rules</source>
        <translation>Règles de réserve par SKU</translation>
    </message>
    <message>
        <source>Add a SKU rule</source>
        <translation>Ajouter une règle de SKU</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Per-SKU rule {row}: enter the source SKU.</source>
        <translation>Règle de SKU {row} : saisissez le SKU source.</translation>
    </message>
    <message>
        <source>Per-SKU rule {row}: {sku} has a rule already.</source>
        <translation>Règle de SKU {row} : {sku} a déjà une règle.</translation>
    </message>
    <message>
        <source>Per-SKU rule for {sku}: {reason}</source>
        <translation>Règle de SKU pour {sku} : {reason}</translation>
    </message>
    <message>
        <source>{what} must be a whole number of 0 or more, not {text!r}.</source>
        <translation>{what} doit être un nombre entier supérieur ou égal à 0, pas {text!r}.</translation>
    </message>
    <message>
        <source>Per-SKU rules (each replaces the rule above for its SKU):</source>
        <translation>Règles par SKU (chacune remplace la règle ci-dessus pour son SKU) :</translation>
    </message>
    <message>
        <source>Remove prefix</source>
        <translation>Retirer le préfixe</translation>
    </message>
    <message>
        <source>Remove suffix</source>
        <translation>Retirer le suffixe</translation>
    </message>
    <message>
        <source>Add prefix</source>
        <translation>Ajouter un préfixe</translation>
    </message>
    <message>
        <source>Add suffix</source>
        <translation>Ajouter un suffixe</translation>
    </message>
    <message>
        <source>SKU pairs</source>
        <translation>Paires de SKU</translation>
    </message>
    <message>
        <source>The file could not be read as text.</source>
        <translation>Le fichier n’a pas pu être lu comme du texte.</translation>
    </message>
    <message>
        <source>Import SKU pairs</source>
        <translation>Importer des paires de SKU</translation>
    </message>
</context>
<context>
    <name>PushRulesForm</name>
    <message numerus="yes">
        <source>%Ln pair(s)</source>
        <translation>
            <numerusform>%Ln paire</numerusform>
            <numerusform>%Ln paires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuantityChart</name>
    <message>
        <source>Quantity over time</source>
        <translation>Quantité dans le temps</translation>
    </message>
</context>
<context>
    <name>RemoveStore</name>
    <message>
        <source>A sync of &apos;{name}&apos; is running. Remove the store once it has finished.</source>
        <translation>Une synchronisation de « {name} » est en cours. Supprimez la boutique une fois qu’elle sera terminée.</translation>
    </message>
    <message>
        <source>Its keychain entries could not be removed: {reason}</source>
        <translation>Ses entrées du trousseau n’ont pas pu être supprimées : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{name}&apos; was removed. Its sync history stays for up to %Ln day(s), until retention removes it.</source>
        <translation>
            <numerusform>« {name} » a été supprimée. Son historique de synchronisation reste jusqu’à %Ln jour, jusqu’à ce que la rétention le supprime.</numerusform>
            <numerusform>« {name} » a été supprimée. Son historique de synchronisation reste jusqu’à %Ln jours, jusqu’à ce que la rétention le supprime.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove store</source>
        <translation>Supprimer la boutique</translation>
    </message>
    <message>
        <source>Remove &apos;{name}&apos;?</source>
        <translation>Supprimer « {name} » ?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The store could not be removed: {reason}</source>
        <translation>La boutique n’a pas pu être supprimée : {reason}</translation>
    </message>
    <message>
        <source>The store could not be removed; the log has the details.</source>
        <translation>La boutique n’a pas pu être supprimée ; les détails sont dans le journal.</translation>
    </message>
</context>
<context>
    <name>RemoveStoreDialog</name>
    <message numerus="yes">
        <source>StoreSync stops syncing it and deletes its saved secrets from the keychain. Its sync history stays for up to %Ln day(s), until retention removes it.</source>
        <translation>
            <numerusform>StoreSync cesse de la synchroniser et supprime ses secrets enregistrés du trousseau. Son historique de synchronisation reste jusqu’à %Ln jour, jusqu’à ce que la rétention le supprime.</numerusform>
            <numerusform>StoreSync cesse de la synchroniser et supprime ses secrets enregistrés du trousseau. Son historique de synchronisation reste jusqu’à %Ln jours, jusqu’à ce que la rétention le supprime.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestRateChart</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Requests over the run</source>
        <translation>Requêtes au fil de l’exécution</translation>
    </message>
    <message>
        <source>The requests of this run could not be read: {error}</source>
        <translation>Les requêtes de cette exécution n’ont pas pu être lues : {error}</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>“Slow down” answers (429)</source>
        <translation>Réponses « ralentissez » (429)</translation>
    </message>
    <message>
        <source>Seconds waiting on rate limits</source>
        <translation>Secondes d’attente dues aux limites de débit</translation>
    </message>
    <message>
        <source>Seconds since the run started</source>
        <translation>Secondes depuis le début de l’exécution</translation>
    </message>
    <message>
        <source>Per {seconds} s</source>
        <translation>Par tranche de {seconds} s</translation>
    </message>
    <message>
        <source>Seconds waiting</source>
        <translation>Secondes d’attente</translation>
    </message>
    <message>
        <source>Requests: {requests} · “Slow down” answers: {throttled} · Waiting on rate limits: {waited} s</source>
        <translation>Requêtes : {requests} · Réponses « ralentissez » : {throttled} · Attente due aux limites de débit : {waited} s</translation>
    </message>
</context>
<context>
    <name>RunDetail</name>
    <message>
        <source>Run {id} — {store}</source>
        <translation>Exécution {id} — {store}</translation>
    </message>
    <message>
        <source>Started {start}, took {took}</source>
        <translation>Commencée le {start}, durée {took}</translation>
    </message>
    <message>
        <source>Log lines of this run</source>
        <translation>Lignes du journal de cette exécution</translation>
    </message>
    <message>
        <source>No log lines were kept for this run.</source>
        <translation>Aucune ligne du journal n’a été conservée pour cette exécution.</translation>
    </message>
    <message>
        <source>SKUs changed by this run</source>
        <translation>SKU modifiés par cette exécution</translation>
    </message>
    <message>
        <source>Reading the run&apos;s log…</source>
        <translation>Lecture du journal de l’exécution…</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>an answer this version cannot show</source>
        <translation>une réponse que cette version ne sait pas afficher</translation>
    </message>
    <message>
        <source>Could not read the run: {reason}</source>
        <translation>Impossible de lire l’exécution : {reason}</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>Log ({n})</source>
        <translation>Journal ({n})</translation>
    </message>
    <message>
        <source>Changes ({n})</source>
        <translation>Modifications ({n})</translation>
    </message>
</context>
<context>
    <name>RunTimeline</name>
    <message>
        <source>Timeline of runs</source>
        <translation>Chronologie des exécutions</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The timeline could not be read: {error}</source>
        <translation>La chronologie n’a pas pu être lue : {error}</translation>
    </message>
    <message>
        <source>No runs to show for these filters.</source>
        <translation>Aucune exécution pour ces filtres.</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more store(s) in the table</source>
        <translation>
            <numerusform>et %Ln autre boutique dans le tableau</numerusform>
            <numerusform>et %Ln autres boutiques dans le tableau</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleEditor</name>
    <message>
        <source>System time zone</source>
        <translation>Fuseau horaire du système</translation>
    </message>
    <message>
        <source>Every N minutes</source>
        <translation>Toutes les N minutes</translation>
    </message>
    <message>
        <source>Every N hours</source>
        <translation>Toutes les N heures</translation>
    </message>
    <message>
        <source>Daily at</source>
        <translation>Chaque jour à</translation>
    </message>
    <message>
        <source>Weekly on</source>
        <translation>Chaque semaine le</translation>
    </message>
    <message>
        <source>Advanced (cron)</source>
        <translation>Avancé (cron)</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between runs</source>
        <translation>Minutes entre les exécutions</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Hours between runs</source>
        <translation>Heures entre les exécutions</translation>
    </message>
    <message>
        <source>Daily run time</source>
        <translation>Heure de l’exécution quotidienne</translation>
    </message>
    <message>
        <source>Run on {day}</source>
        <translation>Exécuter le {day}</translation>
    </message>
    <message>
        <source>Weekly run time</source>
        <translation>Heure de l’exécution hebdomadaire</translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation>Expression cron</translation>
    </message>
    <message>
        <source>Five fields: minute, hour, day of month, month, day of week (mon-sun).</source>
        <translation>Cinq champs : minute, heure, jour du mois, mois, jour de la semaine (mon-sun).</translation>
    </message>
    <message>
        <source>Only between</source>
        <translation>Seulement entre</translation>
    </message>
    <message>
        <source>Limit to active hours</source>
        <translation>Limiter aux heures d’activité</translation>
    </message>
    <message>
        <source>Active hours start</source>
        <translation>Début des heures d’activité</translation>
    </message>
    <message>
        <source>Active hours end</source>
        <translation>Fin des heures d’activité</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Schedule in words</source>
        <translation>Calendrier en toutes lettres</translation>
    </message>
    <message>
        <source>Next run times</source>
        <translation>Prochaines exécutions</translation>
    </message>
    <message>
        <source>What is wrong with the schedule</source>
        <translation>Ce qui ne va pas dans le calendrier</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Heures d’activité</translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not a time zone StoreSync knows. Pick one from the list, e.g. Europe/Warsaw.</source>
        <translation>« {zone} » n’est pas un fuseau horaire connu de StoreSync. Choisissez-en un dans la liste, par exemple Europe/Paris.</translation>
    </message>
    <message>
        <source>This schedule never runs: widen the active hours or pick other days.</source>
        <translation>Ce calendrier ne s’exécute jamais : élargissez les heures d’activité ou choisissez d’autres jours.</translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation>Prochaines exécutions :</translation>
    </message>
</context>
<context>
    <name>ScheduleWords</name>
    <message>
        <source>{schedule}, {zone}</source>
        <translation>{schedule}, {zone}</translation>
    </message>
    <message>
        <source>{every} from {start} to {end}</source>
        <translation>{every} de {start} à {end}</translation>
    </message>
    <message>
        <source>Daily at {time}</source>
        <translation>Chaque jour à {time}</translation>
    </message>
    <message>
        <source>Weekly on {days} at {time}</source>
        <translation>Chaque semaine : {days} à {time}</translation>
    </message>
    <message>
        <source>Cron: {expression}</source>
        <translation>Cron : {expression}</translation>
    </message>
    <message>
        <source>{cron} ({reading})</source>
        <translation>{cron} ({reading})</translation>
    </message>
    <message>
        <source>{schedule}, only from {start} to {end}</source>
        <translation>{schedule}, seulement de {start} à {end}</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Toutes les minutes</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Tous les %n jour</numerusform>
            <numerusform>Tous les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Toutes les %n heure</numerusform>
            <numerusform>Toutes les %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Toutes les %n minute</numerusform>
            <numerusform>Toutes les %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerWindow</name>
    <message>
        <source>StoreSync – server {address}</source>
        <translation>StoreSync – serveur {address}</translation>
    </message>
    <message>
        <source>Stores and jobs on the server</source>
        <translation>Boutiques et tâches du serveur</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Edit schedule…</source>
        <translation>Modifier la planification…</translation>
    </message>
    <message>
        <source>{what} failed: {reason}</source>
        <translation>{what} : échec ({reason})</translation>
    </message>
    <message>
        <source>Not connected: {reason}. Connect again with the server&apos;s token.</source>
        <translation>Non connecté : {reason}. Reconnectez-vous avec le jeton du serveur.</translation>
    </message>
    <message>
        <source>Not connected ({reason}); trying again…</source>
        <translation>Non connecté ({reason}) ; nouvelle tentative…</translation>
    </message>
    <message>
        <source>Not connected; trying again…</source>
        <translation>Non connecté ; nouvelle tentative…</translation>
    </message>
    <message>
        <source>No worker is running: queued runs wait until one starts</source>
        <translation>Aucun worker ne tourne : les exécutions en file attendent qu’il en démarre un</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>an unexpected problem (the log has the details)</source>
        <translation>un problème inattendu (les détails sont dans le journal)</translation>
    </message>
    <message>
        <source>Retention days</source>
        <translation>Jours de conservation</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Back up now...</source>
        <translation>Sauvegarder maintenant...</translation>
    </message>
    <message>
        <source>Export history (CSV)...</source>
        <translation>Exporter l’historique (CSV)...</translation>
    </message>
    <message>
        <source>Backup and export result</source>
        <translation>Résultat de la sauvegarde et de l’export</translation>
    </message>
    <message>
        <source>Keep history for</source>
        <translation>Conserver l’historique pendant</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite3 *.db)</source>
        <translation>Base de données SQLite (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>Export the sync history</source>
        <translation>Exporter l’historique des synchronisations</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>Sauvegarde en cours...</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>La sauvegarde a échoué : {reason}</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Sauvegardé dans {path}</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Export en cours...</translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation>L’export a échoué : {reason}</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Start StoreSync when I log in</source>
        <translation>Lancer StoreSync à l’ouverture de session</translation>
    </message>
    <message>
        <source>Start minimized to the tray</source>
        <translation>Démarrer réduit dans la zone de notification</translation>
    </message>
    <message>
        <source>Closing the window keeps StoreSync running in the tray</source>
        <translation>Fermer la fenêtre laisse StoreSync fonctionner dans la zone de notification</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>Système ({language})</translation>
    </message>
    <message>
        <source>A new language takes effect when StoreSync restarts.</source>
        <translation>Une nouvelle langue prend effet au redémarrage de StoreSync.</translation>
    </message>
    <message>
        <source>Runs at the same time, at most</source>
        <translation>Exécutions simultanées, au plus</translation>
    </message>
    <message>
        <source>Maximum concurrent runs</source>
        <translation>Nombre maximal d’exécutions simultanées</translation>
    </message>
    <message>
        <source>Retries after a network error</source>
        <translation>Nouvelles tentatives après une erreur réseau</translation>
    </message>
    <message>
        <source>Retry attempts</source>
        <translation>Nombre de nouvelles tentatives</translation>
    </message>
    <message>
        <source>Wait for a store&apos;s answer</source>
        <translation>Attendre la réponse d’une boutique</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Délai d’attente de la requête</translation>
    </message>
    <message>
        <source>Give up on one request after</source>
        <translation>Abandonner une requête après</translation>
    </message>
    <message>
        <source>Request deadline, retries included</source>
        <translation>Échéance de la requête, nouvelles tentatives comprises</translation>
    </message>
    <message>
        <source>Pages per read, at most</source>
        <translation>Pages par lecture, au plus</translation>
    </message>
    <message>
        <source>Stop a run after</source>
        <translation>Arrêter une exécution après</translation>
    </message>
    <message>
        <source>Run timeout</source>
        <translation>Délai d’une exécution</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Catch up runs missed while StoreSync was closed or the computer slept</source>
        <translation>Rattraper les exécutions manquées pendant que StoreSync était fermé ou l’ordinateur en veille</translation>
    </message>
    <message>
        <source>Show a notification when</source>
        <translation>Afficher une notification quand</translation>
    </message>
    <message>
        <source>a job keeps failing or pauses itself (how often: the Alerts tab)</source>
        <translation>une tâche échoue sans cesse ou se met en pause (à quelle fréquence : onglet Alertes)</translation>
    </message>
    <message>
        <source>a store needs your attention or its data is stale</source>
        <translation>une boutique demande votre attention ou ses données ne sont plus à jour</translation>
    </message>
    <message>
        <source>a failing store works again</source>
        <translation>une boutique en échec fonctionne de nouveau</translation>
    </message>
    <message>
        <source>a job keeps failing</source>
        <translation>une tâche échoue sans cesse</translation>
    </message>
    <message>
        <source>it works again</source>
        <translation>elle fonctionne de nouveau</translation>
    </message>
    <message>
        <source>a job paused itself</source>
        <translation>une tâche s’est mise en pause</translation>
    </message>
    <message>
        <source>a store needs attention</source>
        <translation>une boutique demande votre attention</translation>
    </message>
    <message>
        <source>stock runs low</source>
        <translation>le stock devient bas</translation>
    </message>
    <message>
        <source>a store&apos;s data is stale</source>
        <translation>les données d’une boutique ne sont plus à jour</translation>
    </message>
    <message>
        <source>Warn when a job failed this many runs in a row</source>
        <translation>Avertir quand une tâche a échoué ce nombre de fois de suite</translation>
    </message>
    <message>
        <source>Warn after failed runs</source>
        <translation>Avertir après des exécutions en échec</translation>
    </message>
    <message>
        <source>Pause a job after this many failed runs in a row</source>
        <translation>Mettre une tâche en pause après ce nombre d’échecs de suite</translation>
    </message>
    <message>
        <source>Pause after failed runs</source>
        <translation>Mettre en pause après des échecs</translation>
    </message>
    <message>
        <source>0 turns the warning or the pause off. A paused job says why until you resume it.</source>
        <translation>0 désactive l’avertissement ou la pause. Une tâche en pause en indique la raison jusqu’à ce que vous la repreniez.</translation>
    </message>
    <message>
        <source>A store&apos;s data is stale when its last good read is older than</source>
        <translation>Les données d’une boutique ne sont plus à jour quand sa dernière lecture réussie date de plus de</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Stale after hours</source>
        <translation>Pas à jour après (heures)</translation>
    </message>
    <message>
        <source>Failures and stale data</source>
        <translation>Échecs et données pas à jour</translation>
    </message>
    <message>
        <source>Send alerts by email</source>
        <translation>Envoyer les alertes par e-mail</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>Port SMTP</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (généralement le port 587)</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (généralement le port 465)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>Nom d’utilisateur SMTP</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>Mot de passe SMTP</translation>
    </message>
    <message>
        <source>kept in the keychain; leave empty to keep it</source>
        <translation>conservé dans le trousseau ; laissez vide pour le garder</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adresse de l’expéditeur</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>addresses, separated by commas</source>
        <translation>adresses, séparées par des virgules</translation>
    </message>
    <message>
        <source>Send when</source>
        <translation>Envoyer quand</translation>
    </message>
    <message>
        <source>Send a test email</source>
        <translation>Envoyer un e-mail de test</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Send alerts to a webhook</source>
        <translation>Envoyer les alertes à un webhook</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL du webhook</translation>
    </message>
    <message>
        <source>https://…, kept in the keychain; leave empty to keep it</source>
        <translation>https://…, conservée dans le trousseau ; laissez vide pour la garder</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>StoreSync JSON</source>
        <translation>JSON StoreSync</translation>
    </message>
    <message>
        <source>Slack-compatible</source>
        <translation>Compatible Slack</translation>
    </message>
    <message>
        <source>Send a test to the webhook</source>
        <translation>Envoyer un test au webhook</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Alerts are sent by the StoreSync that owns this data folder.</source>
        <translation>Les alertes sont envoyées par le StoreSync propriétaire de ce dossier de données.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Not sent: the settings could not be saved.</source>
        <translation>Non envoyé : les paramètres n’ont pas pu être enregistrés.</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Non envoyé : {reason}</translation>
    </message>
    <message>
        <source>Test sent. Check that it arrived.</source>
        <translation>Test envoyé. Vérifiez qu’il est arrivé.</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Rien n’a encore été envoyé.</translation>
    </message>
    <message>
        <source>Last delivery worked ({when}).</source>
        <translation>La dernière remise a réussi ({when}).</translation>
    </message>
    <message>
        <source>Last delivery failed ({when}): {reason}</source>
        <translation>La dernière remise a échoué ({when}) : {reason}</translation>
    </message>
    <message>
        <source>Low stock means at most</source>
        <translation>Stock bas signifie au plus</translation>
    </message>
    <message>
        <source>Low stock threshold</source>
        <translation>Seuil de stock bas</translation>
    </message>
    <message>
        <source> items</source>
        <translation> articles</translation>
    </message>
    <message>
        <source>Quiet hours: no notifications between</source>
        <translation>Heures calmes : aucune notification entre</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Début des heures calmes</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin des heures calmes</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>Could not change starting at login: {reason}</source>
        <translation>Impossible de modifier le lancement à l’ouverture de session : {reason}</translation>
    </message>
    <message>
        <source>The settings could not be saved; the log has the details.</source>
        <translation>Les paramètres n’ont pas pu être enregistrés ; les détails sont dans le journal.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SkuHistory</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Ancienne</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lu</translation>
    </message>
    <message>
        <source>{state} push ({rule})</source>
        <translation>envoi {state} ({rule})</translation>
    </message>
    <message>
        <source>History of {sku}</source>
        <translation>Historique de {sku}</translation>
    </message>
    <message>
        <source>Quantity of {sku} per store</source>
        <translation>Quantité de {sku} par boutique</translation>
    </message>
    <message>
        <source>Changes of {sku}</source>
        <translation>Modifications de {sku}</translation>
    </message>
    <message>
        <source>No recorded change of this SKU yet.</source>
        <translation>Aucune modification enregistrée pour ce SKU.</translation>
    </message>
</context>
<context>
    <name>StartFailure</name>
    <message>
        <source>StoreSync could not start</source>
        <translation>StoreSync n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>Why StoreSync could not start</source>
        <translation>Pourquoi StoreSync n’a pas pu démarrer</translation>
    </message>
</context>
<context>
    <name>StoreDetail</name>
    <message>
        <source>Store: {name}</source>
        <translation>Boutique : {name}</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plateforme :</translation>
    </message>
    <message>
        <source>Enabled:</source>
        <translation>Activée :</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Secrets kept in:</source>
        <translation>Secrets conservés dans :</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <source>Jobs of this store</source>
        <translation>Tâches de cette boutique</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>Run whose requests are shown</source>
        <translation>Exécution dont les requêtes sont affichées</translation>
    </message>
    <message>
        <source>Recent runs of this store</source>
        <translation>Exécutions récentes de cette boutique</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>Aucune exécution pour l’instant.</translation>
    </message>
    <message>
        <source>Edit store…</source>
        <translation>Modifier la boutique…</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Exécutions récentes</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Exécution :</translation>
    </message>
    <message>
        <source>Items changed per run</source>
        <translation>Articles modifiés par exécution</translation>
    </message>
    <message>
        <source>Requests in a run</source>
        <translation>Requêtes d’une exécution</translation>
    </message>
    <message>
        <source>This run is still going: its requests are shown when it ends.</source>
        <translation>Cette exécution est en cours : ses requêtes s’afficheront quand elle sera terminée.</translation>
    </message>
    <message>
        <source>No requests recorded for this run: it made none, or ran before StoreSync counted them.</source>
        <translation>Aucune requête enregistrée pour cette exécution : elle n’en a fait aucune, ou elle date d’avant que StoreSync les compte.</translation>
    </message>
    <message>
        <source>Needs attention: {reason}</source>
        <translation>Attention requise : {reason}</translation>
    </message>
    <message>
        <source>Rate-limited by the store: {message}</source>
        <translation>Débit limité par la boutique : {message}</translation>
    </message>
    <message>
        <source>Last run failed: {error}</source>
        <translation>La dernière exécution a échoué : {error}</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Fonctionne</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisée</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Connection failed: {error}</source>
        <translation>Échec de la connexion : {error}</translation>
    </message>
</context>
<context>
    <name>StoreEditor</name>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Preview records</source>
        <translation>Aperçu des enregistrements</translation>
    </message>
    <message>
        <source>Fetch the first records with these settings, without saving.</source>
        <translation>Récupérer les premiers enregistrements avec ces réglages, sans enregistrer.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Fonctionne</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Preview of the first records</source>
        <translation>Aperçu des premiers enregistrements</translation>
    </message>
    <message>
        <source>Testing the connection...</source>
        <translation>Test de la connexion...</translation>
    </message>
    <message>
        <source>Could not connect: {reason}</source>
        <translation>Connexion impossible : {reason}</translation>
    </message>
    <message>
        <source>The test failed unexpectedly; the log has the details.</source>
        <translation>Le test a échoué de façon inattendue ; les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>Connected: {answer}</source>
        <translation>Connecté : {answer}</translation>
    </message>
    <message>
        <source>Fetching the first records...</source>
        <translation>Récupération des premiers enregistrements...</translation>
    </message>
    <message>
        <source>Could not read the records: {reason}</source>
        <translation>Impossible de lire les enregistrements : {reason}</translation>
    </message>
    <message>
        <source>The preview failed unexpectedly; the log has the details.</source>
        <translation>L’aperçu a échoué de façon inattendue ; les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>Fails: {reason}</source>
        <translation>Échec : {reason}</translation>
    </message>
    <message>
        <source>The API answered, but no records were found at that place.</source>
        <translation>L’API a répondu, mais aucun enregistrement n’a été trouvé à cet endroit.</translation>
    </message>
    <message>
        <source>On the pages read: {items} to store, {skipped} skipped as not stock, {failed} failed.</source>
        <translation>Sur les pages lues : {items} à enregistrer, {skipped} ignorés car hors stock, {failed} en échec.</translation>
    </message>
    <message>
        <source>Skipped: {reasons}</source>
        <translation>Ignorés : {reasons}</translation>
    </message>
    <message>
        <source>(secret)</source>
        <translation>(secret)</translation>
    </message>
    <message>
        <source>Saved in the keychain; type to replace</source>
        <translation>Enregistré dans le trousseau ; saisissez pour remplacer</translation>
    </message>
    <message>
        <source>{label} must be a whole number.</source>
        <translation>{label} doit être un nombre entier.</translation>
    </message>
    <message>
        <source>{label}: {key}</source>
        <translation>{label} : {key}</translation>
    </message>
    <message>
        <source>{label}: {error}</source>
        <translation>{label} : {error}</translation>
    </message>
    <message>
        <source>{label}: not valid JSON (line {line}, column {column}).</source>
        <translation>{label} : JSON non valide (ligne {line}, colonne {column}).</translation>
    </message>
    <message>
        <source>{label} must be a JSON object, such as {{&quot;key&quot;: &quot;value&quot;}}.</source>
        <translation>{label} doit être un objet JSON, par exemple {{&quot;key&quot;: &quot;value&quot;}}.</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (facultatif)</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} est obligatoire.</translation>
    </message>
    <message>
        <source>Import preset…</source>
        <translation>Importer un préréglage…</translation>
    </message>
    <message>
        <source>Fill this form from a preset file; the secret is not in it.</source>
        <translation>Remplir ce formulaire depuis un fichier de préréglage ; le secret n’y figure pas.</translation>
    </message>
    <message>
        <source>Export preset…</source>
        <translation>Exporter un préréglage…</translation>
    </message>
    <message>
        <source>Save these settings, without the secret, as a preset file.</source>
        <translation>Enregistrer ces réglages, sans le secret, dans un fichier de préréglage.</translation>
    </message>
    <message>
        <source>Presets shipped with StoreSync</source>
        <translation>Préréglages fournis avec StoreSync</translation>
    </message>
    <message>
        <source>Fill this form for an API whose vendor documents it publicly.</source>
        <translation>Remplir ce formulaire pour une API que son éditeur documente publiquement.</translation>
    </message>
    <message>
        <source>Start from a shipped preset…</source>
        <translation>Partir d’un préréglage fourni…</translation>
    </message>
    <message>
        <source>Preset result</source>
        <translation>Résultat du préréglage</translation>
    </message>
    <message>
        <source>Import a preset</source>
        <translation>Importer un préréglage</translation>
    </message>
    <message>
        <source>Export a preset</source>
        <translation>Exporter un préréglage</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>préréglage</translation>
    </message>
    <message>
        <source>{file} was not imported: {reason}</source>
        <translation>{file} n’a pas été importé : {reason}</translation>
    </message>
    <message>
        <source>Filled the form from {file}. Presets never hold a secret: type it yourself.</source>
        <translation>Formulaire rempli depuis {file}. Les préréglages ne contiennent jamais de secret : saisissez-le vous-même.</translation>
    </message>
    <message>
        <source>Filled the form for {preset}. Type your API address and secret yourself.</source>
        <translation>Formulaire rempli pour {preset}. Saisissez vous-même l’adresse de l’API et le secret.</translation>
    </message>
    <message>
        <source>The preset was not saved ({reason}).</source>
        <translation>Le préréglage n’a pas été enregistré ({reason}).</translation>
    </message>
    <message>
        <source>Saved the settings, without the secret, to {file}.</source>
        <translation>Réglages enregistrés, sans le secret, dans {file}.</translation>
    </message>
    <message>
        <source>Add a store</source>
        <translation>Ajouter une boutique</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Nom de la boutique</translation>
    </message>
    <message>
        <source>e.g. Main shop</source>
        <translation>p. ex. Boutique principale</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Sync this store on its schedules</source>
        <translation>Synchroniser cette boutique selon ses calendriers</translation>
    </message>
    <message>
        <source>Turn off to keep the store and its history without syncing it.</source>
        <translation>Désactivez pour garder la boutique et son historique sans la synchroniser.</translation>
    </message>
    <message>
        <source>Run a first sync after saving</source>
        <translation>Lancer une première synchronisation après l’enregistrement</translation>
    </message>
    <message>
        <source>Sync now after saving</source>
        <translation>Synchroniser dès l’enregistrement</translation>
    </message>
    <message>
        <source>What to sync</source>
        <translation>Quoi synchroniser</translation>
    </message>
    <message>
        <source>Why the store cannot be saved</source>
        <translation>Pourquoi la boutique ne peut pas être enregistrée</translation>
    </message>
    <message>
        <source>your system keychain</source>
        <translation>le trousseau de votre système</translation>
    </message>
    <message>
        <source>Fields marked {mark} are secrets: they are saved in {backend}, never in StoreSync&apos;s database, logs or exports.</source>
        <translation>Les champs marqués {mark} sont des secrets : ils sont enregistrés dans {backend}, jamais dans la base de données, les journaux ou les exports de StoreSync.</translation>
    </message>
    <message>
        <source>Give the store a name.</source>
        <translation>Donnez un nom à la boutique.</translation>
    </message>
    <message>
        <source>Another store is already called &apos;{name}&apos;.</source>
        <translation>Une autre boutique s’appelle déjà « {name} ».</translation>
    </message>
    <message>
        <source>Nothing was saved, because the keychain refused the secrets. Your input is still here.</source>
        <translation>Rien n’a été enregistré, car le trousseau a refusé les secrets. Votre saisie est toujours là.</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>Enregistrement impossible : {reason}</translation>
    </message>
    <message>
        <source>Could not save the store; the log has the details.</source>
        <translation>Impossible d’enregistrer la boutique ; les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>Sync stock</source>
        <translation>Synchroniser le stock</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>Importer les commandes</translation>
    </message>
    <message>
        <source>Copy stock from another store into this one</source>
        <translation>Copier le stock d’une autre boutique dans celle-ci</translation>
    </message>
    <message>
        <source>Check for low stock</source>
        <translation>Vérifier les stocks bas</translation>
    </message>
    <message>
        <source>Follow shipment statuses into another store&apos;s orders</source>
        <translation>Reporter l’état des expéditions sur les commandes d’une autre boutique</translation>
    </message>
    <message>
        <source>Store to copy stock from</source>
        <translation>Boutique dont copier le stock</translation>
    </message>
    <message>
        <source>Choose a store...</source>
        <translation>Choisissez une boutique...</translation>
    </message>
    <message>
        <source>Copy from</source>
        <translation>Copier depuis</translation>
    </message>
    <message>
        <source>There is no other store to copy stock from yet.</source>
        <translation>Il n’y a pas encore d’autre boutique dont copier le stock.</translation>
    </message>
    <message>
        <source>Choose the store to copy stock from.</source>
        <translation>Choisissez la boutique dont copier le stock.</translation>
    </message>
</context>
<context>
    <name>StoreStatusModel</name>
    <message>
        <source>Store</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>{status} · resumes {countdown}</source>
        <translation>{status} · reprise {countdown}</translation>
    </message>
    <message>
        <source>Waiting in the server&apos;s queue until a worker is free</source>
        <translation>En attente dans la file du serveur jusqu’à ce qu’un processus de travail se libère</translation>
    </message>
    <message>
        <source>Waiting for another run to end: as many runs are in progress as Settings → Sync allows at the same time</source>
        <translation>En attente de la fin d’une autre exécution : autant d’exécutions sont en cours que Paramètres → Synchronisation en autorise à la fois</translation>
    </message>
    <message>
        <source>{store}: stale data ({reason})</source>
        <translation>{store} : données pas à jour ({reason})</translation>
    </message>
</context>
<context>
    <name>StoresPanel</name>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Preview push</source>
        <translation>Aperçu de l’envoi</translation>
    </message>
    <message>
        <source>Sync {store} now</source>
        <translation>Synchroniser {store} maintenant</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Edit {store}</source>
        <translation>Modifier {store}</translation>
    </message>
    <message>
        <source>Preview the push to {store}</source>
        <translation>Aperçu de l’envoi vers {store}</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Filter by platform</source>
        <translation>Filtrer par plateforme</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Toutes les plateformes</translation>
    </message>
    <message>
        <source>Sync selected</source>
        <translation>Synchroniser la sélection</translation>
    </message>
    <message>
        <source>Pause selected</source>
        <translation>Mettre la sélection en pause</translation>
    </message>
    <message>
        <source>Resume selected</source>
        <translation>Reprendre la sélection</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Stores and jobs</source>
        <translation>Boutiques et tâches</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Server {address}: {state}</source>
        <translation>Serveur {address} : {state}</translation>
    </message>
    <message>
        <source>Last: {store} {status} {when}</source>
        <translation>Dernière : {store} {status} {when}</translation>
    </message>
    <message>
        <source>Next: {store} {when}</source>
        <translation>Prochaine : {store} {when}</translation>
    </message>
    <message>
        <source>Open StoreSync</source>
        <translation>Ouvrir StoreSync</translation>
    </message>
    <message>
        <source>Sync all now</source>
        <translation>Tout synchroniser maintenant</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Tout reprendre</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Tout mettre en pause</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>UpcomingPanel</name>
    <message>
        <source>Upcoming runs</source>
        <translation>Exécutions à venir</translation>
    </message>
    <message>
        <source>Paused jobs and jobs without a schedule are not listed.</source>
        <translation>Les tâches en pause et les tâches sans calendrier ne sont pas listées.</translation>
    </message>
</context>
</TS>
