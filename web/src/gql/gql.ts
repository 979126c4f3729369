/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment AlignmentCounts on Alignment { downward sideward upward opposing status gaps }": typeof types.AlignmentCountsFragmentDoc,
    "fragment FlagHitItem on AlignmentFlagHit {\n  flag kind rule why detail sources { ...Citation } triggers { linkId type lever stance from { ...Ref } to { ...Ref } }\n}": typeof types.FlagHitItemFragmentDoc,
    "query Flags($id: ID!) { initiative(id: $id) { id alignment { flags { ...FlagHitItem } } } }": typeof types.FlagsDocument,
    "fragment Citation on Citation { sourceId sourceTitle line quote }": typeof types.CitationFragmentDoc,
    "query ClaimChecks {\n  claimChecks { question verdict reported computed reason claim { id text evidence { ...Citation } } }\n}": typeof types.ClaimChecksDocument,
    "fragment Ref on Ref { id name type placeholder }": typeof types.RefFragmentDoc,
    "fragment SearchHit on SearchHit { id name type score placeholder }": typeof types.SearchHitFragmentDoc,
    "query Search($text: String!, $first: Int, $types: [NodeLabel!]) { search(text: $text, first: $first, types: $types) { ...SearchHit } }": typeof types.SearchDocument,
    "fragment LinkDetail on Link {\n  id type confidence reason lever stance class role amount validFrom validTo claimStatus claimedBy verifiedBy verificationReason version\n  evidence { ...Citation } from { ...Ref } to { ...Ref }\n}": typeof types.LinkDetailFragmentDoc,
    "query Link($id: ID!) { link(id: $id) { ...LinkDetail } }": typeof types.LinkDocument,
    "mutation VerifyLink($id: ID!, $accept: Boolean!, $reason: String!, $expectedVersion: Int) {\n  verifyLink(id: $id, accept: $accept, reason: $reason, expectedVersion: $expectedVersion) { ...LinkDetail }\n}": typeof types.VerifyLinkDocument,
    "mutation DeleteLink($id: ID!, $expectedVersion: Int, $reason: String) {\n  deleteLink(id: $id, expectedVersion: $expectedVersion, reason: $reason) { id deleted }\n}": typeof types.DeleteLinkDocument,
    "mutation DeleteNode($id: ID!, $expectedVersion: Int, $reason: String) {\n  deleteEntity(id: $id, detach: true, expectedVersion: $expectedVersion, reason: $reason) { id deleted }\n}": typeof types.DeleteNodeDocument,
    "query Facets {\n  orgs: entities(type: Organisation, first: 500) { nodes { id ... on Organisation { type } links(types: [WORKS_IN]) { to { id } } } }\n  dirs: entities(type: Directorate, first: 500) { nodes { id links(types: [WORKS_IN]) { to { id } } } }\n  parts: entities(type: Partnership, first: 500) { nodes { id links(types: [WORKS_IN]) { to { id } } } }\n  places: entities(type: Place, first: 500) { nodes { id name } }\n}": typeof types.FacetsDocument,
    "query InitiativeFacets {\n  inis: initiatives(first: 500) { edges { node { id frameworkElements links(types: [LOCATED_IN]) { to { id } } } } }\n}": typeof types.InitiativeFacetsDocument,
    "fragment FindingItem on Finding {\n  id kind text value low high unit period population evidence { ...Citation }\n}": typeof types.FindingItemFragmentDoc,
    "query EntityFindings($about: ID!) {\n  findings(about: $about, first: 200) { items { ...FindingItem } }\n}": typeof types.EntityFindingsDocument,
    "fragment SourceItem on Source { id title authors year publisher url }": typeof types.SourceItemFragmentDoc,
    "fragment AuditEntryItem on AuditEntry { id at user action targetKind targetId targetLabel reason before after revertedBy }": typeof types.AuditEntryItemFragmentDoc,
    "query History($targetId: ID!) { history(targetId: $targetId, first: 100) { ...AuditEntryItem } }": typeof types.HistoryDocument,
    "mutation Revert($auditId: ID!, $reason: String!) { revertChange(auditId: $auditId, reason: $reason) { ...AuditEntryItem } }": typeof types.RevertDocument,
    "fragment PassageHit on PassageHit { sourceTitle exact passage { sourceId line text } }": typeof types.PassageHitFragmentDoc,
    "query PassageSearch($query: String!, $first: Int) { passageSearch(query: $query, first: $first) { ...PassageHit } }": typeof types.PassageSearchDocument,
    "fragment FindingSearchHit on FindingHit { finding { id kind text evidence { sourceId line quote } } }": typeof types.FindingSearchHitFragmentDoc,
    "query FindingSearch($text: String!, $first: Int) { searchFindings(text: $text, first: $first) { ...FindingSearchHit } }": typeof types.FindingSearchDocument,
    "fragment UserItem on User { username role }": typeof types.UserItemFragmentDoc,
    "query Me { me { ...UserItem } }": typeof types.MeDocument,
    "mutation SignIn($username: String!, $password: String!) {\n  signIn(username: $username, password: $password) { user { ...UserItem } }\n}": typeof types.SignInDocument,
    "mutation SignOut { signOut }": typeof types.SignOutDocument,
    "fragment AccountItem on User { username role createdAt disabled }": typeof types.AccountItemFragmentDoc,
    "query Accounts { users { ...AccountItem } }": typeof types.AccountsDocument,
    "mutation CreateAccount($username: String!, $password: String!, $role: Role!, $reason: String) {\n  createUser(username: $username, password: $password, role: $role, reason: $reason) { ...AccountItem }\n}": typeof types.CreateAccountDocument,
    "mutation SetAccountRole($username: String!, $role: Role!, $reason: String) {\n  setUserRole(username: $username, role: $role, reason: $reason) { ...AccountItem }\n}": typeof types.SetAccountRoleDocument,
    "mutation SetAccountDisabled($username: String!, $disabled: Boolean!, $reason: String) {\n  setUserDisabled(username: $username, disabled: $disabled, reason: $reason) { ...AccountItem }\n}": typeof types.SetAccountDisabledDocument,
    "mutation ResetAccountPassword($username: String!, $password: String!, $reason: String) {\n  resetPassword(username: $username, password: $password, reason: $reason) { ...AccountItem }\n}": typeof types.ResetAccountPasswordDocument,
    "mutation DeleteAccount($username: String!, $reason: String) {\n  deleteUser(username: $username, reason: $reason) { username }\n}": typeof types.DeleteAccountDocument,
    "fragment AddSourceResultItem on AddSourceResult {\n  dryRun format warnings source { id title lineCount } passages { line text record }\n}": typeof types.AddSourceResultItemFragmentDoc,
    "mutation AddSource($input: AddSourceInput!, $dryRun: Boolean, $reason: String) {\n  addSource(input: $input, dryRun: $dryRun, reason: $reason) { ...AddSourceResultItem }\n}": typeof types.AddSourceDocument,
    "fragment BackerItem on Backer {\n  linkId lever stance class confidence reason validFrom validTo claimStatus backer { ...Ref } evidence { ...Citation }\n}": typeof types.BackerItemFragmentDoc,
    "fragment InitiativeView on Initiative {\n  id kind status frameworkElements preventionTier startDate endDate funding benefitExpected\n  backers { ...BackerItem } alignment { ...AlignmentCounts }\n  leverStates { lever state absences { ...Citation } checks { checkedBy checkedOn note } }\n}": typeof types.InitiativeViewFragmentDoc,
    "fragment EntityView on Entity {\n  __typename id name label aliases description placeholder version evidence { ...Citation } links { ...LinkDetail }\n  ... on Organisation { type subtype validFrom validTo }\n  ... on Directorate { directorateKind: kind }\n  ... on Partnership { partnershipKind: kind validFrom validTo }\n  ... on TargetGroup { groupKind: kind }\n  ... on Place { placeKind: kind code }\n  ... on Initiative { initiativeKind: kind frameworkElements preventionTier status startDate endDate funding benefitExpected }\n}": typeof types.EntityViewFragmentDoc,
    "query Entity($id: ID!) { entity(id: $id) { ...EntityView } initiative(id: $id) { ...InitiativeView } }": typeof types.EntityDocument,
    "query Initiatives($filter: InitiativeFilter, $first: Int) {\n  initiatives(filter: $filter, first: $first) { totalCount edges { node { id name status frameworkElements placeholder alignment { ...AlignmentCounts } } } }\n}": typeof types.InitiativesDocument,
    "query Sources { sources { ...SourceItem } }": typeof types.SourcesDocument,
    "query EditNodeLabel($id: ID!) { entity(id: $id) { id name label placeholder } }": typeof types.EditNodeLabelDocument,
    "query EditLink($id: ID!) { link(id: $id) { ...LinkDetail } }": typeof types.EditLinkDocument,
    "fragment EditCommon on Entity { id name label aliases description placeholder version evidence { ...Citation } }": typeof types.EditCommonFragmentDoc,
    "query EditOrganisation($id: ID!) { node: organisation(id: $id) {\n    ...EditCommon type subtype validFrom validTo odsCode charityNumber companyNumber giving360Id } }": typeof types.EditOrganisationDocument,
    "query EditDirectorate($id: ID!) { node: directorate(id: $id) { ...EditCommon kind } }": typeof types.EditDirectorateDocument,
    "query EditPartnership($id: ID!) { node: partnership(id: $id) { ...EditCommon kind validFrom validTo } }": typeof types.EditPartnershipDocument,
    "query EditInitiative($id: ID!) { node: initiative(id: $id) {\n    ...EditCommon kind frameworkElements preventionTier status startDate endDate funding benefitExpected } }": typeof types.EditInitiativeDocument,
    "query EditTargetGroup($id: ID!) { node: targetGroup(id: $id) { ...EditCommon kind } }": typeof types.EditTargetGroupDocument,
    "query EditPlace($id: ID!) { node: place(id: $id) { ...EditCommon kind code } }": typeof types.EditPlaceDocument,
    "mutation CreateOrganisation($input: OrganisationInput!, $reason: String) { node: createOrganisation(input: $input, reason: $reason) { id version } }": typeof types.CreateOrganisationDocument,
    "mutation CreateDirectorate($input: DirectorateInput!, $reason: String) { node: createDirectorate(input: $input, reason: $reason) { id version } }": typeof types.CreateDirectorateDocument,
    "mutation CreatePartnership($input: PartnershipInput!, $reason: String) { node: createPartnership(input: $input, reason: $reason) { id version } }": typeof types.CreatePartnershipDocument,
    "mutation CreateInitiative($input: InitiativeInput!, $reason: String) { node: createInitiative(input: $input, reason: $reason) { id version } }": typeof types.CreateInitiativeDocument,
    "mutation CreateTargetGroup($input: TargetGroupInput!, $reason: String) { node: createTargetGroup(input: $input, reason: $reason) { id version } }": typeof types.CreateTargetGroupDocument,
    "mutation CreatePlace($input: PlaceInput!, $reason: String) { node: createPlace(input: $input, reason: $reason) { id version } }": typeof types.CreatePlaceDocument,
    "mutation UpdateOrganisation($id: ID!, $input: OrganisationUpdate!, $expectedVersion: Int, $reason: String) {\n    node: updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion, reason: $reason) { id version } }": typeof types.UpdateOrganisationDocument,
    "mutation UpdateDirectorate($id: ID!, $input: DirectorateUpdate!, $expectedVersion: Int, $reason: String) {\n    node: updateDirectorate(id: $id, input: $input, expectedVersion: $expectedVersion, reason: $reason) { id version } }": typeof types.UpdateDirectorateDocument,
    "mutation UpdatePartnership($id: ID!, $input: PartnershipUpdate!, $expectedVersion: Int, $reason: String) {\n    node: updatePartnership(id: $id, input: $input, expectedVersion: $expectedVersion, reason: $reason) { id version } }": typeof types.UpdatePartnershipDocument,
    "mutation UpdateInitiative($id: ID!, $input: InitiativeUpdate!, $expectedVersion: Int, $reason: String) {\n    node: updateInitiative(id: $id, input: $input, expectedVersion: $expectedVersion, reason: $reason) { id version } }": typeof types.UpdateInitiativeDocument,
    "mutation UpdateTargetGroup($id: ID!, $input: TargetGroupUpdate!, $expectedVersion: Int, $reason: String) {\n    node: updateTargetGroup(id: $id, input: $input, expectedVersion: $expectedVersion, reason: $reason) { id version } }": typeof types.UpdateTargetGroupDocument,
    "mutation UpdatePlace($id: ID!, $input: PlaceUpdate!, $expectedVersion: Int, $reason: String) {\n    node: updatePlace(id: $id, input: $input, expectedVersion: $expectedVersion, reason: $reason) { id version } }": typeof types.UpdatePlaceDocument,
    "mutation CreateLink($input: LinkInput!, $reason: String) { createLink(input: $input, reason: $reason) { ...LinkDetail } }": typeof types.CreateLinkDocument,
    "mutation UpdateLink($id: ID!, $input: LinkUpdate!, $expectedVersion: Int, $reason: String) {\n  updateLink(id: $id, input: $input, expectedVersion: $expectedVersion, reason: $reason) { ...LinkDetail }\n}": typeof types.UpdateLinkDocument,
    "fragment GraphNodeItem on GraphNode { id label type placeholder depth degree }": typeof types.GraphNodeItemFragmentDoc,
    "fragment GraphEdgeItem on GraphEdge { id source target type lever stance confidence claimStatus }": typeof types.GraphEdgeItemFragmentDoc,
    "query Nb($id: ID!, $depth: Int, $levers: [Lever!], $limit: Int) {\n  neighbourhood(id: $id, depth: $depth, levers: $levers, limit: $limit) { focus truncated nodes { ...GraphNodeItem } edges { ...GraphEdgeItem } }\n}": typeof types.NbDocument,
    "query NbCommunities($id: ID!, $depth: Int, $limit: Int) {\n  neighbourhood(id: $id, depth: $depth, limit: $limit) { communities { id community } }\n}": typeof types.NbCommunitiesDocument,
    "query ExplorePaths($from: ID!, $to: ID!) {\n  paths(from: $from, to: $to, maxLength: 4, limit: 12) {\n    truncated\n    shortest { length }\n    all { length nodes { id name type placeholder } links { ...GraphEdgeItem } }\n  }\n}": typeof types.ExplorePathsDocument,
    "fragment ReasonItem on Reason {\n  kind text key weight sharedBy via { ...Ref } evidence { ...Citation }\n  path { nodes { ...Ref } links { id type lever stance confidence from { ...Ref } to { ...Ref } } }\n}": typeof types.ReasonItemFragmentDoc,
    "fragment SuggestionItem on Suggestion {\n  rank score generic existingPartner organisationType partnershipKind node { ...Ref } reasons { ...ReasonItem }\n}": typeof types.SuggestionItemFragmentDoc,
    "fragment SuggestionResultItem on SuggestionResult { source { ...Ref } suggestions { ...SuggestionItem } }": typeof types.SuggestionResultItemFragmentDoc,
    "query SuggestCollaborators($organisationId: ID, $profile: ProfileInput, $first: Int, $includeExisting: Boolean) {\n    result: suggestCollaborators(organisationId: $organisationId, profile: $profile, first: $first, includeExisting: $includeExisting) { ...SuggestionResultItem }\n  }": typeof types.SuggestCollaboratorsDocument,
    "query SuggestSponsors($organisationId: ID, $profile: ProfileInput, $first: Int, $includeExisting: Boolean) {\n    result: suggestSponsors(organisationId: $organisationId, profile: $profile, first: $first, includeExisting: $includeExisting) { ...SuggestionResultItem }\n  }": typeof types.SuggestSponsorsDocument,
    "query SuggestPartnerships($organisationId: ID, $profile: ProfileInput, $first: Int, $includeExisting: Boolean) {\n    result: suggestPartnerships(organisationId: $organisationId, profile: $profile, first: $first, includeExisting: $includeExisting) { ...SuggestionResultItem }\n  }": typeof types.SuggestPartnershipsDocument,
    "query Stats { stats { organisations directorates partnerships initiatives targetGroups places sources relationships } }": typeof types.StatsDocument,
    "fragment ImportReportItem on ImportReport {\n  ok dryRun committed format encoding rows created updated unchanged changesTruncated warnings\n  sheets { sheet rows created updated unchanged bad } problems { sheet row column reason } changes { sheet row action id changedFields }\n  overwrite conflictsTruncated conflicts { sheet row id field fileValue graphValue fileVersion graphVersion }\n}": typeof types.ImportReportItemFragmentDoc,
    "mutation Import($format: ImportFormat!, $content: String!, $dryRun: Boolean, $sheet: String, $overwrite: Boolean) {\n  importData(format: $format, contentBase64: $content, dryRun: $dryRun, sheet: $sheet, overwrite: $overwrite) { ...ImportReportItem }\n}": typeof types.ImportDocument,
    "mutation ImportOpenData($standard: OpenDataStandard!, $format: ImportFormat!, $content: String!, $fileName: String, $dryRun: Boolean) {\n  importOpenData(standard: $standard, format: $format, contentBase64: $content, fileName: $fileName, dryRun: $dryRun) { ...ImportReportItem }\n}": typeof types.ImportOpenDataDocument,
    "query Places { entities(type: Place, first: 500) { nodes { id name ... on Place { kind } } } }": typeof types.PlacesDocument,
    "query PlaceInitiatives($place: ID!) { initiatives(filter: { place: $place }, first: 500) { edges { node {\n  id name status frameworkElements placeholder alignment { ...AlignmentCounts }\n  backers { linkId lever stance validTo backer { id name type } }\n} } } }": typeof types.PlaceInitiativesDocument,
    "query PlaceFlags($place: ID!) {\n  initiatives(filter: { place: $place }, first: 500) { edges { node { id alignment { flags { ...FlagHitItem } } } } }\n}": typeof types.PlaceFlagsDocument,
    "query Reader($id: ID!, $from: Int!, $to: Int!, $line: Int!, $cited: Boolean!) {\n  source(id: $id) {\n    id title authors publisher year date url textHeld lineCount\n    passages(from: $from, to: $to) { line text }\n    cited: passages(from: $line, to: $line) @include(if: $cited) {\n      line\n      citedBy {\n        nodes { quote node { id name label } }\n        links { quote link { id type claimStatus from { id name } to { id name } } }\n      }\n    }\n  }\n}": typeof types.ReaderDocument,
    "query UncitedPassages($id: ID!, $after: String) {\n  uncitedPassages(sourceId: $id, first: 50, after: $after) { totalCount nodes { line text } pageInfo { hasNextPage endCursor } }\n}": typeof types.UncitedPassagesDocument,
    "query Profile($groupBy: LeverGrouping!, $asOf: String) {\n  leverProfile(groupBy: $groupBy, asOf: $asOf) { key label initiatives downward sideward upward opposing aligned partial contested unknown }\n}": typeof types.ProfileDocument,
    "query Compare($from: String!, $to: String!) {\n  compare(from: $from, to: $to) {\n    from to statusChanges { initiative { ...Ref } from to }\n    links { change linkId type lever stance validFrom validTo from { ...Ref } to { ...Ref } evidence { ...Citation } }\n  }\n}": typeof types.CompareDocument,
    "query Console($query: String!) {\n  cypherConsole(query: $query) { columns rows truncated elapsedMs nodes { ...GraphNodeItem } edges { ...GraphEdgeItem } }\n}": typeof types.ConsoleDocument,
    "fragment ReviewItemView on ReviewItem {\n  claimedAt ageDays\n  link { id type lever stance confidence reason version claimedBy evidence { ...Citation } from { ...Ref } to { ...Ref } }\n}": typeof types.ReviewItemViewFragmentDoc,
    "query ReviewQueue($author: String, $source: ID, $minAgeDays: Int, $maxAgeDays: Int) {\n  reviewQueue(author: $author, source: $source, minAgeDays: $minAgeDays, maxAgeDays: $maxAgeDays, first: 100) {\n    totalCount authors sources items { ...ReviewItemView }\n  }\n  sources { id title }\n}": typeof types.ReviewQueueDocument,
    "mutation ReviewVerifyOne($id: ID!, $accept: Boolean!, $reason: String!, $expectedVersion: Int) {\n  verifyLink(id: $id, accept: $accept, reason: $reason, expectedVersion: $expectedVersion) { id claimStatus }\n}": typeof types.ReviewVerifyOneDocument,
    "mutation ReviewVerifyMany($ids: [ID!]!, $accept: Boolean!, $reason: String!) {\n  verifyLinks(ids: $ids, accept: $accept, reason: $reason) { id claimStatus }\n}": typeof types.ReviewVerifyManyDocument,
    "query InitiativeTable($filter: InitiativeTableFilter, $asOf: String,\n  $sort: InitiativeTableSort, $descending: Boolean, $first: Int, $offset: Int) {\n  initiativeTable(filter: $filter, asOf: $asOf, sort: $sort, descending: $descending, first: $first, offset: $offset) {\n    asOf total offset hasNextPage\n    byStatus { status count } byFlag { flag count } byLeverState { lever state count }\n    rows { initiative { id name placeholder } status alignment opposing flags\n      levers { lever state enabling opposing } }\n  }\n}": typeof types.InitiativeTableDocument,
    "query TableOptions {\n  places: entities(type: Place, first: 500) { nodes { id name } }\n  groups: entities(type: TargetGroup, first: 500) { nodes { id name } }\n  organisations: entities(type: Organisation, first: 500) { nodes { id name } }\n  partnerships: entities(type: Partnership, first: 500) { nodes { id name } }\n}": typeof types.TableOptionsDocument,
};
const documents: Documents = {
    "fragment AlignmentCounts on Alignment { downward sideward upward opposing status gaps }": types.AlignmentCountsFragmentDoc,
    "fragment FlagHitItem on AlignmentFlagHit {\n  flag kind rule why detail sources { ...Citation } triggers { linkId type lever stance from { ...Ref } to { ...Ref } }\n}": types.FlagHitItemFragmentDoc,
    "query Flags($id: ID!) { initiative(id: $id) { id alignment { flags { ...FlagHitItem } } } }": types.FlagsDocument,
    "fragment Citation on Citation { sourceId sourceTitle line quote }": types.CitationFragmentDoc,
    "query ClaimChecks {\n  claimChecks { question verdict reported computed reason claim { id text evidence { ...Citation } } }\n}": types.ClaimChecksDocument,
    "fragment Ref on Ref { id name type placeholder }": types.RefFragmentDoc,
    "fragment SearchHit on SearchHit { id name type score placeholder }": types.SearchHitFragmentDoc,
    "query Search($text: String!, $first: Int, $types: [NodeLabel!]) { search(text: $text, first: $first, types: $types) { ...SearchHit } }": types.SearchDocument,
    "fragment LinkDetail on Link {\n  id type confidence reason lever stance class role amount validFrom validTo claimStatus claimedBy verifiedBy verificationReason version\n  evidence { ...Citation } from { ...Ref } to { ...Ref }\n}": types.LinkDetailFragmentDoc,
    "query Link($id: ID!) { link(id: $id) { ...LinkDetail } }": types.LinkDocument,
    "mutation VerifyLink($id: ID!, $accept: Boolean!, $reason: String!, $expectedVersion: Int) {\n  verifyLink(id: $id, accept: $accept, reason: $reason, expectedVersion: $expectedVersion) { ...LinkDetail }\n}": types.VerifyLinkDocument,
    "mutation DeleteLink($id: ID!, $expectedVersion: Int, $reason: String) {\n  deleteLink(id: $id, expectedVersion: $expectedVersion, reason: $reason) { id deleted }\n}": types.DeleteLinkDocument,
    "mutation DeleteNode($id: ID!, $expectedVersion: Int, $reason: String) {\n  deleteEntity(id: $id, detach: true, expectedVersion: $expectedVersion, reason: $reason) { id deleted }\n}": types.DeleteNodeDocument,
    "query Facets {\n  orgs: entities(type: Organisation, first: 500) { nodes { id ... on Organisation { type } links(types: [WORKS_IN]) { to { id } } } }\n  dirs: entities(type: Directorate, first: 500) { nodes { id links(types: [WORKS_IN]) { to { id } } } }\n  parts: entities(type: Partnership, first: 500) { nodes { id links(types: [WORKS_IN]) { to { id } } } }\n  places: entities(type: Place, first: 500) { nodes { id name } }\n}": types.FacetsDocument,
    "query InitiativeFacets {\n  inis: initiatives(first: 500) { edges { node { id frameworkElements links(types: [LOCATED_IN]) { to { id } } } } }\n}": types.InitiativeFacetsDocument,
    "fragment FindingItem on Finding {\n  id kind text value low high unit period population evidence { ...Citation }\n}": types.FindingItemFragmentDoc,
    "query EntityFindings($about: ID!) {\n  findings(about: $about, first: 200) { items { ...FindingItem } }\n}": types.EntityFindingsDocument,
    "fragment SourceItem on Source { id title authors year publisher url }": types.SourceItemFragmentDoc,
    "fragment AuditEntryItem on AuditEntry { id at user action targetKind targetId targetLabel reason before after revertedBy }": types.AuditEntryItemFragmentDoc,
    "query History($targetId: ID!) { history(targetId: $targetId, first: 100) { ...AuditEntryItem } }": types.HistoryDocument,
    "mutation Revert($auditId: ID!, $reason: String!) { revertChange(auditId: $auditId, reason: $reason) { ...AuditEntryItem } }": types.RevertDocument,
    "fragment PassageHit on PassageHit { sourceTitle exact passage { sourceId line text } }": types.PassageHitFragmentDoc,
    "query PassageSearch($query: String!, $first: Int) { passageSearch(query: $query, first: $first) { ...PassageHit } }": types.PassageSearchDocument,
    "fragment FindingSearchHit on FindingHit { finding { id kind text evidence { sourceId line quote } } }": types.FindingSearchHitFragmentDoc,
    "query FindingSearch($text: String!, $first: Int) { searchFindings(text: $text, first: $first) { ...FindingSearchHit } }": types.FindingSearchDocument,
    "fragment UserItem on User { username role }": types.UserItemFragmentDoc,
    "query Me { me { ...UserItem } }": types.MeDocument,
    "mutation SignIn($username: String!, $password: String!) {\n  signIn(username: $username, password: $password) { user { ...UserItem } }\n}": types.SignInDocument,
    "mutation SignOut { signOut }": types.SignOutDocument,
    "fragment AccountItem on User { username role createdAt disabled }": types.AccountItemFragmentDoc,
    "query Accounts { users { ...AccountItem } }": types.AccountsDocument,
    "mutation CreateAccount($username: String!, $password: String!, $role: Role!, $reason: String) {\n  createUser(username: $username, password: $password, role: $role, reason: $reason) { ...AccountItem }\n}": types.CreateAccountDocument,
    "mutation SetAccountRole($username: String!, $role: Role!, $reason: String) {\n  setUserRole(username: $username, role: $role, reason: $reason) { ...AccountItem }\n}": types.SetAccountRoleDocument,
    "mutation SetAccountDisabled($username: String!, $disabled: Boolean!, $reason: String) {\n  setUserDisabled(username: $username, disabled: $disabled, reason: $reason) { ...AccountItem }\n}": types.SetAccountDisabledDocument,
    "mutation ResetAccountPassword($username: String!, $password: String!, $reason: String) {\n  resetPassword(username: $username, password: $password, reason: $reason) { ...AccountItem }\n}": types.ResetAccountPasswordDocument,
    "mutation DeleteAccount($username: String!, $reason: String) {\n  deleteUser(username: $username, reason: $reason) { username }\n}": types.DeleteAccountDocument,
    "fragment AddSourceResultItem on AddSourceResult {\n  dryRun format warnings source { id title lineCount } passages { line text record }\n}": types.AddSourceResultItemFragmentDoc,
    "mutation AddSource($input: AddSourceInput!, $dryRun: Boolean, $reason: String) {\n  addSource(input: $input, dryRun: $dryRun, reason: $reason) { ...AddSourceResultItem }\n}": types.AddSourceDocument,
    "fragment BackerItem on Backer {\n  linkId lever stance class confidence reason validFrom validTo claimStatus backer { ...Ref } evidence { ...Citation }\n}": types.BackerItemFragmentDoc,
    "fragment InitiativeView on Initiative {\n  id kind status frameworkElements preventionTier startDate endDate funding benefitExpected\n  backers { ...BackerItem } alignment { ...AlignmentCounts }\n  leverStates { lever state absences { ...Citation } checks { checkedBy checkedOn note } }\n}": types.InitiativeViewFragmentDoc,
    "fragment EntityView on Entity {\n  __typename id name label aliases description placeholder version evidence { ...Citation } links { ...LinkDetail }\n  ... on Organisation { type subtype validFrom validTo }\n  ... on Directorate { directorateKind: kind }\n  ... on Partnership { partnershipKind: kind validFrom validTo }\n  ... on TargetGroup { groupKind: kind }\n  ... on Place { placeKind: kind code }\n  ... on Initiative { initiativeKind: kind frameworkElements preventionTier status startDate endDate funding benefitExpected }\n}": types.EntityViewFragmentDoc,
    "query Entity($id: ID!) { entity(id: $id) { ...EntityView } initiative(id: $id) { ...InitiativeView } }": types.EntityDocument,
    "query Initiatives($filter: InitiativeFilter, $first: Int) {\n  initiatives(filter: $filter, first: $first) { totalCount edges { node { id name status frameworkElements placeholder alignment { ...AlignmentCounts } } } }\n}": types.InitiativesDocument,
    "query Sources { sources { ...SourceItem } }": types.SourcesDocument,
    "query EditNodeLabel($id: ID!) { entity(id: $id) { id name label placeholder } }": types.EditNodeLabelDocument,
    "query EditLink($id: ID!) { link(id: $id) { ...LinkDetail } }": types.EditLinkDocument,
    "fragment EditCommon on Entity { id name label aliases description placeholder version evidence { ...Citation } }": types.EditCommonFragmentDoc,
    "query EditOrganisation($id: ID!) { node: organisation(id: $id) {\n    ...EditCommon type subtype validFrom validTo odsCode charityNumber companyNumber giving360Id } }": types.EditOrganisationDocument,
    "query EditDirectorate($id: ID!) { node: directorate(id: $id) { ...EditCommon kind } }": types.EditDirectorateDocument,
    "query EditPartnership($id: ID!) { node: partnership(id: $id) { ...EditCommon kind validFrom validTo } }": types.EditPartnershipDocument,
    "query EditInitiative($id: ID!) { node: initiative(id: $id) {\n    ...EditCommon kind frameworkElements preventionTier status startDate endDate funding benefitExpected } }": types.EditInitiativeDocument,
    "query EditTargetGroup($id: ID!) { node: targetGroup(id: $id) { ...EditCommon kind } }": types.EditTargetGroupDocument,
    "query EditPlace($id: ID!) { node: place(id: $id) { ...EditCommon kind code } }": types.EditPlaceDocument,
    "mutation CreateOrganisation($input: OrganisationInput!, $reason: String) { node: createOrganisation(input: $input, reason: $reason) { id version } }": types.CreateOrganisationDocument,
    "mutation CreateDirectorate($input: DirectorateInput!, $reason: String) { node: createDirectorate(input: $input, reason: $reason) { id version } }": types.CreateDirectorateDocument,
    "mutation CreatePartnership($input: PartnershipInput!, $reason: String) { node: createPartnership(input: $input, reason: $reason) { id version } }": types.CreatePartnershipDocument,
    "mutation CreateInitiative($input: InitiativeInput!, $reason: String) { node: createInitiative(input: $input, reason: $reason) { id version } }": types.CreateInitiativeDocument,
    "mutation CreateTargetGroup($input: TargetGroupInput!, $reason: String) { node: createTargetGroup(input: $input, reason: $reason) { id version } }": types.CreateTargetGroupDocument,
    "mutation CreatePlace($input: PlaceInput!, $reason: String) { node: createPlace(input: $input, reason: $reason) { id version } }": types.CreatePlaceDocument,
    "mutation UpdateOrganisation($id: ID!, $input: OrganisationUpdate!, $expectedVersion: Int, $reason: String) {\n    node: updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion, reason: $reason) { id version } }": types.UpdateOrganisationDocument,
    "mutation UpdateDirectorate($id: ID!, $input: DirectorateUpdate!, $expectedVersion: Int, $reason: String) {\n    node: updateDirectorate(id: $id, input: $input, expectedVersion: $expectedVersion, reason: $reason) { id version } }": types.UpdateDirectorateDocument,
    "mutation UpdatePartnership($id: ID!, $input: PartnershipUpdate!, $expectedVersion: Int, $reason: String) {\n    node: updatePartnership(id: $id, input: $input, expectedVersion: $expectedVersion, reason: $reason) { id version } }": types.UpdatePartnershipDocument,
    "mutation UpdateInitiative($id: ID!, $input: InitiativeUpdate!, $expectedVersion: Int, $reason: String) {\n    node: updateInitiative(id: $id, input: $input, expectedVersion: $expectedVersion, reason: $reason) { id version } }": types.UpdateInitiativeDocument,
    "mutation UpdateTargetGroup($id: ID!, $input: TargetGroupUpdate!, $expectedVersion: Int, $reason: String) {\n    node: updateTargetGroup(id: $id, input: $input, expectedVersion: $expectedVersion, reason: $reason) { id version } }": types.UpdateTargetGroupDocument,
    "mutation UpdatePlace($id: ID!, $input: PlaceUpdate!, $expectedVersion: Int, $reason: String) {\n    node: updatePlace(id: $id, input: $input, expectedVersion: $expectedVersion, reason: $reason) { id version } }": types.UpdatePlaceDocument,
    "mutation CreateLink($input: LinkInput!, $reason: String) { createLink(input: $input, reason: $reason) { ...LinkDetail } }": types.CreateLinkDocument,
    "mutation UpdateLink($id: ID!, $input: LinkUpdate!, $expectedVersion: Int, $reason: String) {\n  updateLink(id: $id, input: $input, expectedVersion: $expectedVersion, reason: $reason) { ...LinkDetail }\n}": types.UpdateLinkDocument,
    "fragment GraphNodeItem on GraphNode { id label type placeholder depth degree }": types.GraphNodeItemFragmentDoc,
    "fragment GraphEdgeItem on GraphEdge { id source target type lever stance confidence claimStatus }": types.GraphEdgeItemFragmentDoc,
    "query Nb($id: ID!, $depth: Int, $levers: [Lever!], $limit: Int) {\n  neighbourhood(id: $id, depth: $depth, levers: $levers, limit: $limit) { focus truncated nodes { ...GraphNodeItem } edges { ...GraphEdgeItem } }\n}": types.NbDocument,
    "query NbCommunities($id: ID!, $depth: Int, $limit: Int) {\n  neighbourhood(id: $id, depth: $depth, limit: $limit) { communities { id community } }\n}": types.NbCommunitiesDocument,
    "query ExplorePaths($from: ID!, $to: ID!) {\n  paths(from: $from, to: $to, maxLength: 4, limit: 12) {\n    truncated\n    shortest { length }\n    all { length nodes { id name type placeholder } links { ...GraphEdgeItem } }\n  }\n}": types.ExplorePathsDocument,
    "fragment ReasonItem on Reason {\n  kind text key weight sharedBy via { ...Ref } evidence { ...Citation }\n  path { nodes { ...Ref } links { id type lever stance confidence from { ...Ref } to { ...Ref } } }\n}": types.ReasonItemFragmentDoc,
    "fragment SuggestionItem on Suggestion {\n  rank score generic existingPartner organisationType partnershipKind node { ...Ref } reasons { ...ReasonItem }\n}": types.SuggestionItemFragmentDoc,
    "fragment SuggestionResultItem on SuggestionResult { source { ...Ref } suggestions { ...SuggestionItem } }": types.SuggestionResultItemFragmentDoc,
    "query SuggestCollaborators($organisationId: ID, $profile: ProfileInput, $first: Int, $includeExisting: Boolean) {\n    result: suggestCollaborators(organisationId: $organisationId, profile: $profile, first: $first, includeExisting: $includeExisting) { ...SuggestionResultItem }\n  }": types.SuggestCollaboratorsDocument,
    "query SuggestSponsors($organisationId: ID, $profile: ProfileInput, $first: Int, $includeExisting: Boolean) {\n    result: suggestSponsors(organisationId: $organisationId, profile: $profile, first: $first, includeExisting: $includeExisting) { ...SuggestionResultItem }\n  }": types.SuggestSponsorsDocument,
    "query SuggestPartnerships($organisationId: ID, $profile: ProfileInput, $first: Int, $includeExisting: Boolean) {\n    result: suggestPartnerships(organisationId: $organisationId, profile: $profile, first: $first, includeExisting: $includeExisting) { ...SuggestionResultItem }\n  }": types.SuggestPartnershipsDocument,
    "query Stats { stats { organisations directorates partnerships initiatives targetGroups places sources relationships } }": types.StatsDocument,
    "fragment ImportReportItem on ImportReport {\n  ok dryRun committed format encoding rows created updated unchanged changesTruncated warnings\n  sheets { sheet rows created updated unchanged bad } problems { sheet row column reason } changes { sheet row action id changedFields }\n  overwrite conflictsTruncated conflicts { sheet row id field fileValue graphValue fileVersion graphVersion }\n}": types.ImportReportItemFragmentDoc,
    "mutation Import($format: ImportFormat!, $content: String!, $dryRun: Boolean, $sheet: String, $overwrite: Boolean) {\n  importData(format: $format, contentBase64: $content, dryRun: $dryRun, sheet: $sheet, overwrite: $overwrite) { ...ImportReportItem }\n}": types.ImportDocument,
    "mutation ImportOpenData($standard: OpenDataStandard!, $format: ImportFormat!, $content: String!, $fileName: String, $dryRun: Boolean) {\n  importOpenData(standard: $standard, format: $format, contentBase64: $content, fileName: $fileName, dryRun: $dryRun) { ...ImportReportItem }\n}": types.ImportOpenDataDocument,
    "query Places { entities(type: Place, first: 500) { nodes { id name ... on Place { kind } } } }": types.PlacesDocument,
    "query PlaceInitiatives($place: ID!) { initiatives(filter: { place: $place }, first: 500) { edges { node {\n  id name status frameworkElements placeholder alignment { ...AlignmentCounts }\n  backers { linkId lever stance validTo backer { id name type } }\n} } } }": types.PlaceInitiativesDocument,
    "query PlaceFlags($place: ID!) {\n  initiatives(filter: { place: $place }, first: 500) { edges { node { id alignment { flags { ...FlagHitItem } } } } }\n}": types.PlaceFlagsDocument,
    "query Reader($id: ID!, $from: Int!, $to: Int!, $line: Int!, $cited: Boolean!) {\n  source(id: $id) {\n    id title authors publisher year date url textHeld lineCount\n    passages(from: $from, to: $to) { line text }\n    cited: passages(from: $line, to: $line) @include(if: $cited) {\n      line\n      citedBy {\n        nodes { quote node { id name label } }\n        links { quote link { id type claimStatus from { id name } to { id name } } }\n      }\n    }\n  }\n}": types.ReaderDocument,
    "query UncitedPassages($id: ID!, $after: String) {\n  uncitedPassages(sourceId: $id, first: 50, after: $after) { totalCount nodes { line text } pageInfo { hasNextPage endCursor } }\n}": types.UncitedPassagesDocument,
    "query Profile($groupBy: LeverGrouping!, $asOf: String) {\n  leverProfile(groupBy: $groupBy, asOf: $asOf) { key label initiatives downward sideward upward opposing aligned partial contested unknown }\n}": types.ProfileDocument,
    "query Compare($from: String!, $to: String!) {\n  compare(from: $from, to: $to) {\n    from to statusChanges { initiative { ...Ref } from to }\n    links { change linkId type lever stance validFrom validTo from { ...Ref } to { ...Ref } evidence { ...Citation } }\n  }\n}": types.CompareDocument,
    "query Console($query: String!) {\n  cypherConsole(query: $query) { columns rows truncated elapsedMs nodes { ...GraphNodeItem } edges { ...GraphEdgeItem } }\n}": types.ConsoleDocument,
    "fragment ReviewItemView on ReviewItem {\n  claimedAt ageDays\n  link { id type lever stance confidence reason version claimedBy evidence { ...Citation } from { ...Ref } to { ...Ref } }\n}": types.ReviewItemViewFragmentDoc,
    "query ReviewQueue($author: String, $source: ID, $minAgeDays: Int, $maxAgeDays: Int) {\n  reviewQueue(author: $author, source: $source, minAgeDays: $minAgeDays, maxAgeDays: $maxAgeDays, first: 100) {\n    totalCount authors sources items { ...ReviewItemView }\n  }\n  sources { id title }\n}": types.ReviewQueueDocument,
    "mutation ReviewVerifyOne($id: ID!, $accept: Boolean!, $reason: String!, $expectedVersion: Int) {\n  verifyLink(id: $id, accept: $accept, reason: $reason, expectedVersion: $expectedVersion) { id claimStatus }\n}": types.ReviewVerifyOneDocument,
    "mutation ReviewVerifyMany($ids: [ID!]!, $accept: Boolean!, $reason: String!) {\n  verifyLinks(ids: $ids, accept: $accept, reason: $reason) { id claimStatus }\n}": types.ReviewVerifyManyDocument,
    "query InitiativeTable($filter: InitiativeTableFilter, $asOf: String,\n  $sort: InitiativeTableSort, $descending: Boolean, $first: Int, $offset: Int) {\n  initiativeTable(filter: $filter, asOf: $asOf, sort: $sort, descending: $descending, first: $first, offset: $offset) {\n    asOf total offset hasNextPage\n    byStatus { status count } byFlag { flag count } byLeverState { lever state count }\n    rows { initiative { id name placeholder } status alignment opposing flags\n      levers { lever state enabling opposing } }\n  }\n}": types.InitiativeTableDocument,
    "query TableOptions {\n  places: entities(type: Place, first: 500) { nodes { id name } }\n  groups: entities(type: TargetGroup, first: 500) { nodes { id name } }\n  organisations: entities(type: Organisation, first: 500) { nodes { id name } }\n  partnerships: entities(type: Partnership, first: 500) { nodes { id name } }\n}": types.TableOptionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AlignmentCounts on Alignment { downward sideward upward opposing status gaps }"): typeof import('./graphql.js').AlignmentCountsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FlagHitItem on AlignmentFlagHit {\n  flag kind rule why detail sources { ...Citation } triggers { linkId type lever stance from { ...Ref } to { ...Ref } }\n}"): typeof import('./graphql.js').FlagHitItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Flags($id: ID!) { initiative(id: $id) { id alignment { flags { ...FlagHitItem } } } }"): typeof import('./graphql.js').FlagsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment Citation on Citation { sourceId sourceTitle line quote }"): typeof import('./graphql.js').CitationFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClaimChecks {\n  claimChecks { question verdict reported computed reason claim { id text evidence { ...Citation } } }\n}"): typeof import('./graphql.js').ClaimChecksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment Ref on Ref { id name type placeholder }"): typeof import('./graphql.js').RefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SearchHit on SearchHit { id name type score placeholder }"): typeof import('./graphql.js').SearchHitFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Search($text: String!, $first: Int, $types: [NodeLabel!]) { search(text: $text, first: $first, types: $types) { ...SearchHit } }"): typeof import('./graphql.js').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LinkDetail on Link {\n  id type confidence reason lever stance class role amount validFrom validTo claimStatus claimedBy verifiedBy verificationReason version\n  evidence { ...Citation } from { ...Ref } to { ...Ref }\n}"): typeof import('./graphql.js').LinkDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Link($id: ID!) { link(id: $id) { ...LinkDetail } }"): typeof import('./graphql.js').LinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VerifyLink($id: ID!, $accept: Boolean!, $reason: String!, $expectedVersion: Int) {\n  verifyLink(id: $id, accept: $accept, reason: $reason, expectedVersion: $expectedVersion) { ...LinkDetail }\n}"): typeof import('./graphql.js').VerifyLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteLink($id: ID!, $expectedVersion: Int, $reason: String) {\n  deleteLink(id: $id, expectedVersion: $expectedVersion, reason: $reason) { id deleted }\n}"): typeof import('./graphql.js').DeleteLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteNode($id: ID!, $expectedVersion: Int, $reason: String) {\n  deleteEntity(id: $id, detach: true, expectedVersion: $expectedVersion, reason: $reason) { id deleted }\n}"): typeof import('./graphql.js').DeleteNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Facets {\n  orgs: entities(type: Organisation, first: 500) { nodes { id ... on Organisation { type } links(types: [WORKS_IN]) { to { id } } } }\n  dirs: entities(type: Directorate, first: 500) { nodes { id links(types: [WORKS_IN]) { to { id } } } }\n  parts: entities(type: Partnership, first: 500) { nodes { id links(types: [WORKS_IN]) { to { id } } } }\n  places: entities(type: Place, first: 500) { nodes { id name } }\n}"): typeof import('./graphql.js').FacetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InitiativeFacets {\n  inis: initiatives(first: 500) { edges { node { id frameworkElements links(types: [LOCATED_IN]) { to { id } } } } }\n}"): typeof import('./graphql.js').InitiativeFacetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FindingItem on Finding {\n  id kind text value low high unit period population evidence { ...Citation }\n}"): typeof import('./graphql.js').FindingItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EntityFindings($about: ID!) {\n  findings(about: $about, first: 200) { items { ...FindingItem } }\n}"): typeof import('./graphql.js').EntityFindingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SourceItem on Source { id title authors year publisher url }"): typeof import('./graphql.js').SourceItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AuditEntryItem on AuditEntry { id at user action targetKind targetId targetLabel reason before after revertedBy }"): typeof import('./graphql.js').AuditEntryItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query History($targetId: ID!) { history(targetId: $targetId, first: 100) { ...AuditEntryItem } }"): typeof import('./graphql.js').HistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Revert($auditId: ID!, $reason: String!) { revertChange(auditId: $auditId, reason: $reason) { ...AuditEntryItem } }"): typeof import('./graphql.js').RevertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PassageHit on PassageHit { sourceTitle exact passage { sourceId line text } }"): typeof import('./graphql.js').PassageHitFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PassageSearch($query: String!, $first: Int) { passageSearch(query: $query, first: $first) { ...PassageHit } }"): typeof import('./graphql.js').PassageSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FindingSearchHit on FindingHit { finding { id kind text evidence { sourceId line quote } } }"): typeof import('./graphql.js').FindingSearchHitFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FindingSearch($text: String!, $first: Int) { searchFindings(text: $text, first: $first) { ...FindingSearchHit } }"): typeof import('./graphql.js').FindingSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment UserItem on User { username role }"): typeof import('./graphql.js').UserItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me { me { ...UserItem } }"): typeof import('./graphql.js').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignIn($username: String!, $password: String!) {\n  signIn(username: $username, password: $password) { user { ...UserItem } }\n}"): typeof import('./graphql.js').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignOut { signOut }"): typeof import('./graphql.js').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AccountItem on User { username role createdAt disabled }"): typeof import('./graphql.js').AccountItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Accounts { users { ...AccountItem } }"): typeof import('./graphql.js').AccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateAccount($username: String!, $password: String!, $role: Role!, $reason: String) {\n  createUser(username: $username, password: $password, role: $role, reason: $reason) { ...AccountItem }\n}"): typeof import('./graphql.js').CreateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetAccountRole($username: String!, $role: Role!, $reason: String) {\n  setUserRole(username: $username, role: $role, reason: $reason) { ...AccountItem }\n}"): typeof import('./graphql.js').SetAccountRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetAccountDisabled($username: String!, $disabled: Boolean!, $reason: String) {\n  setUserDisabled(username: $username, disabled: $disabled, reason: $reason) { ...AccountItem }\n}"): typeof import('./graphql.js').SetAccountDisabledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetAccountPassword($username: String!, $password: String!, $reason: String) {\n  resetPassword(username: $username, password: $password, reason: $reason) { ...AccountItem }\n}"): typeof import('./graphql.js').ResetAccountPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteAccount($username: String!, $reason: String) {\n  deleteUser(username: $username, reason: $reason) { username }\n}"): typeof import('./graphql.js').DeleteAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AddSourceResultItem on AddSourceResult {\n  dryRun format warnings source { id title lineCount } passages { line text record }\n}"): typeof import('./graphql.js').AddSourceResultItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddSource($input: AddSourceInput!, $dryRun: Boolean, $reason: String) {\n  addSource(input: $input, dryRun: $dryRun, reason: $reason) { ...AddSourceResultItem }\n}"): typeof import('./graphql.js').AddSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BackerItem on Backer {\n  linkId lever stance class confidence reason validFrom validTo claimStatus backer { ...Ref } evidence { ...Citation }\n}"): typeof import('./graphql.js').BackerItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InitiativeView on Initiative {\n  id kind status frameworkElements preventionTier startDate endDate funding benefitExpected\n  backers { ...BackerItem } alignment { ...AlignmentCounts }\n  leverStates { lever state absences { ...Citation } checks { checkedBy checkedOn note } }\n}"): typeof import('./graphql.js').InitiativeViewFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EntityView on Entity {\n  __typename id name label aliases description placeholder version evidence { ...Citation } links { ...LinkDetail }\n  ... on Organisation { type subtype validFrom validTo }\n  ... on Directorate { directorateKind: kind }\n  ... on Partnership { partnershipKind: kind validFrom validTo }\n  ... on TargetGroup { groupKind: kind }\n  ... on Place { placeKind: kind code }\n  ... on Initiative { initiativeKind: kind frameworkElements preventionTier status startDate endDate funding benefitExpected }\n}"): typeof import('./graphql.js').EntityViewFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Entity($id: ID!) { entity(id: $id) { ...EntityView } initiative(id: $id) { ...InitiativeView } }"): typeof import('./graphql.js').EntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Initiatives($filter: InitiativeFilter, $first: Int) {\n  initiatives(filter: $filter, first: $first) { totalCount edges { node { id name status frameworkElements placeholder alignment { ...AlignmentCounts } } } }\n}"): typeof import('./graphql.js').InitiativesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Sources { sources { ...SourceItem } }"): typeof import('./graphql.js').SourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EditNodeLabel($id: ID!) { entity(id: $id) { id name label placeholder } }"): typeof import('./graphql.js').EditNodeLabelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EditLink($id: ID!) { link(id: $id) { ...LinkDetail } }"): typeof import('./graphql.js').EditLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EditCommon on Entity { id name label aliases description placeholder version evidence { ...Citation } }"): typeof import('./graphql.js').EditCommonFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EditOrganisation($id: ID!) { node: organisation(id: $id) {\n    ...EditCommon type subtype validFrom validTo odsCode charityNumber companyNumber giving360Id } }"): typeof import('./graphql.js').EditOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EditDirectorate($id: ID!) { node: directorate(id: $id) { ...EditCommon kind } }"): typeof import('./graphql.js').EditDirectorateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EditPartnership($id: ID!) { node: partnership(id: $id) { ...EditCommon kind validFrom validTo } }"): typeof import('./graphql.js').EditPartnershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EditInitiative($id: ID!) { node: initiative(id: $id) {\n    ...EditCommon kind frameworkElements preventionTier status startDate endDate funding benefitExpected } }"): typeof import('./graphql.js').EditInitiativeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EditTargetGroup($id: ID!) { node: targetGroup(id: $id) { ...EditCommon kind } }"): typeof import('./graphql.js').EditTargetGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EditPlace($id: ID!) { node: place(id: $id) { ...EditCommon kind code } }"): typeof import('./graphql.js').EditPlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateOrganisation($input: OrganisationInput!, $reason: String) { node: createOrganisation(input: $input, reason: $reason) { id version } }"): typeof import('./graphql.js').CreateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDirectorate($input: DirectorateInput!, $reason: String) { node: createDirectorate(input: $input, reason: $reason) { id version } }"): typeof import('./graphql.js').CreateDirectorateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePartnership($input: PartnershipInput!, $reason: String) { node: createPartnership(input: $input, reason: $reason) { id version } }"): typeof import('./graphql.js').CreatePartnershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateInitiative($input: InitiativeInput!, $reason: String) { node: createInitiative(input: $input, reason: $reason) { id version } }"): typeof import('./graphql.js').CreateInitiativeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateTargetGroup($input: TargetGroupInput!, $reason: String) { node: createTargetGroup(input: $input, reason: $reason) { id version } }"): typeof import('./graphql.js').CreateTargetGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePlace($input: PlaceInput!, $reason: String) { node: createPlace(input: $input, reason: $reason) { id version } }"): typeof import('./graphql.js').CreatePlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateOrganisation($id: ID!, $input: OrganisationUpdate!, $expectedVersion: Int, $reason: String) {\n    node: updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion, reason: $reason) { id version } }"): typeof import('./graphql.js').UpdateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateDirectorate($id: ID!, $input: DirectorateUpdate!, $expectedVersion: Int, $reason: String) {\n    node: updateDirectorate(id: $id, input: $input, expectedVersion: $expectedVersion, reason: $reason) { id version } }"): typeof import('./graphql.js').UpdateDirectorateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePartnership($id: ID!, $input: PartnershipUpdate!, $expectedVersion: Int, $reason: String) {\n    node: updatePartnership(id: $id, input: $input, expectedVersion: $expectedVersion, reason: $reason) { id version } }"): typeof import('./graphql.js').UpdatePartnershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateInitiative($id: ID!, $input: InitiativeUpdate!, $expectedVersion: Int, $reason: String) {\n    node: updateInitiative(id: $id, input: $input, expectedVersion: $expectedVersion, reason: $reason) { id version } }"): typeof import('./graphql.js').UpdateInitiativeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateTargetGroup($id: ID!, $input: TargetGroupUpdate!, $expectedVersion: Int, $reason: String) {\n    node: updateTargetGroup(id: $id, input: $input, expectedVersion: $expectedVersion, reason: $reason) { id version } }"): typeof import('./graphql.js').UpdateTargetGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePlace($id: ID!, $input: PlaceUpdate!, $expectedVersion: Int, $reason: String) {\n    node: updatePlace(id: $id, input: $input, expectedVersion: $expectedVersion, reason: $reason) { id version } }"): typeof import('./graphql.js').UpdatePlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateLink($input: LinkInput!, $reason: String) { createLink(input: $input, reason: $reason) { ...LinkDetail } }"): typeof import('./graphql.js').CreateLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateLink($id: ID!, $input: LinkUpdate!, $expectedVersion: Int, $reason: String) {\n  updateLink(id: $id, input: $input, expectedVersion: $expectedVersion, reason: $reason) { ...LinkDetail }\n}"): typeof import('./graphql.js').UpdateLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment GraphNodeItem on GraphNode { id label type placeholder depth degree }"): typeof import('./graphql.js').GraphNodeItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment GraphEdgeItem on GraphEdge { id source target type lever stance confidence claimStatus }"): typeof import('./graphql.js').GraphEdgeItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Nb($id: ID!, $depth: Int, $levers: [Lever!], $limit: Int) {\n  neighbourhood(id: $id, depth: $depth, levers: $levers, limit: $limit) { focus truncated nodes { ...GraphNodeItem } edges { ...GraphEdgeItem } }\n}"): typeof import('./graphql.js').NbDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NbCommunities($id: ID!, $depth: Int, $limit: Int) {\n  neighbourhood(id: $id, depth: $depth, limit: $limit) { communities { id community } }\n}"): typeof import('./graphql.js').NbCommunitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorePaths($from: ID!, $to: ID!) {\n  paths(from: $from, to: $to, maxLength: 4, limit: 12) {\n    truncated\n    shortest { length }\n    all { length nodes { id name type placeholder } links { ...GraphEdgeItem } }\n  }\n}"): typeof import('./graphql.js').ExplorePathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReasonItem on Reason {\n  kind text key weight sharedBy via { ...Ref } evidence { ...Citation }\n  path { nodes { ...Ref } links { id type lever stance confidence from { ...Ref } to { ...Ref } } }\n}"): typeof import('./graphql.js').ReasonItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SuggestionItem on Suggestion {\n  rank score generic existingPartner organisationType partnershipKind node { ...Ref } reasons { ...ReasonItem }\n}"): typeof import('./graphql.js').SuggestionItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SuggestionResultItem on SuggestionResult { source { ...Ref } suggestions { ...SuggestionItem } }"): typeof import('./graphql.js').SuggestionResultItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SuggestCollaborators($organisationId: ID, $profile: ProfileInput, $first: Int, $includeExisting: Boolean) {\n    result: suggestCollaborators(organisationId: $organisationId, profile: $profile, first: $first, includeExisting: $includeExisting) { ...SuggestionResultItem }\n  }"): typeof import('./graphql.js').SuggestCollaboratorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SuggestSponsors($organisationId: ID, $profile: ProfileInput, $first: Int, $includeExisting: Boolean) {\n    result: suggestSponsors(organisationId: $organisationId, profile: $profile, first: $first, includeExisting: $includeExisting) { ...SuggestionResultItem }\n  }"): typeof import('./graphql.js').SuggestSponsorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SuggestPartnerships($organisationId: ID, $profile: ProfileInput, $first: Int, $includeExisting: Boolean) {\n    result: suggestPartnerships(organisationId: $organisationId, profile: $profile, first: $first, includeExisting: $includeExisting) { ...SuggestionResultItem }\n  }"): typeof import('./graphql.js').SuggestPartnershipsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Stats { stats { organisations directorates partnerships initiatives targetGroups places sources relationships } }"): typeof import('./graphql.js').StatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ImportReportItem on ImportReport {\n  ok dryRun committed format encoding rows created updated unchanged changesTruncated warnings\n  sheets { sheet rows created updated unchanged bad } problems { sheet row column reason } changes { sheet row action id changedFields }\n  overwrite conflictsTruncated conflicts { sheet row id field fileValue graphValue fileVersion graphVersion }\n}"): typeof import('./graphql.js').ImportReportItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Import($format: ImportFormat!, $content: String!, $dryRun: Boolean, $sheet: String, $overwrite: Boolean) {\n  importData(format: $format, contentBase64: $content, dryRun: $dryRun, sheet: $sheet, overwrite: $overwrite) { ...ImportReportItem }\n}"): typeof import('./graphql.js').ImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportOpenData($standard: OpenDataStandard!, $format: ImportFormat!, $content: String!, $fileName: String, $dryRun: Boolean) {\n  importOpenData(standard: $standard, format: $format, contentBase64: $content, fileName: $fileName, dryRun: $dryRun) { ...ImportReportItem }\n}"): typeof import('./graphql.js').ImportOpenDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Places { entities(type: Place, first: 500) { nodes { id name ... on Place { kind } } } }"): typeof import('./graphql.js').PlacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlaceInitiatives($place: ID!) { initiatives(filter: { place: $place }, first: 500) { edges { node {\n  id name status frameworkElements placeholder alignment { ...AlignmentCounts }\n  backers { linkId lever stance validTo backer { id name type } }\n} } } }"): typeof import('./graphql.js').PlaceInitiativesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlaceFlags($place: ID!) {\n  initiatives(filter: { place: $place }, first: 500) { edges { node { id alignment { flags { ...FlagHitItem } } } } }\n}"): typeof import('./graphql.js').PlaceFlagsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Reader($id: ID!, $from: Int!, $to: Int!, $line: Int!, $cited: Boolean!) {\n  source(id: $id) {\n    id title authors publisher year date url textHeld lineCount\n    passages(from: $from, to: $to) { line text }\n    cited: passages(from: $line, to: $line) @include(if: $cited) {\n      line\n      citedBy {\n        nodes { quote node { id name label } }\n        links { quote link { id type claimStatus from { id name } to { id name } } }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').ReaderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UncitedPassages($id: ID!, $after: String) {\n  uncitedPassages(sourceId: $id, first: 50, after: $after) { totalCount nodes { line text } pageInfo { hasNextPage endCursor } }\n}"): typeof import('./graphql.js').UncitedPassagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Profile($groupBy: LeverGrouping!, $asOf: String) {\n  leverProfile(groupBy: $groupBy, asOf: $asOf) { key label initiatives downward sideward upward opposing aligned partial contested unknown }\n}"): typeof import('./graphql.js').ProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Compare($from: String!, $to: String!) {\n  compare(from: $from, to: $to) {\n    from to statusChanges { initiative { ...Ref } from to }\n    links { change linkId type lever stance validFrom validTo from { ...Ref } to { ...Ref } evidence { ...Citation } }\n  }\n}"): typeof import('./graphql.js').CompareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Console($query: String!) {\n  cypherConsole(query: $query) { columns rows truncated elapsedMs nodes { ...GraphNodeItem } edges { ...GraphEdgeItem } }\n}"): typeof import('./graphql.js').ConsoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReviewItemView on ReviewItem {\n  claimedAt ageDays\n  link { id type lever stance confidence reason version claimedBy evidence { ...Citation } from { ...Ref } to { ...Ref } }\n}"): typeof import('./graphql.js').ReviewItemViewFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewQueue($author: String, $source: ID, $minAgeDays: Int, $maxAgeDays: Int) {\n  reviewQueue(author: $author, source: $source, minAgeDays: $minAgeDays, maxAgeDays: $maxAgeDays, first: 100) {\n    totalCount authors sources items { ...ReviewItemView }\n  }\n  sources { id title }\n}"): typeof import('./graphql.js').ReviewQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewVerifyOne($id: ID!, $accept: Boolean!, $reason: String!, $expectedVersion: Int) {\n  verifyLink(id: $id, accept: $accept, reason: $reason, expectedVersion: $expectedVersion) { id claimStatus }\n}"): typeof import('./graphql.js').ReviewVerifyOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReviewVerifyMany($ids: [ID!]!, $accept: Boolean!, $reason: String!) {\n  verifyLinks(ids: $ids, accept: $accept, reason: $reason) { id claimStatus }\n}"): typeof import('./graphql.js').ReviewVerifyManyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InitiativeTable($filter: InitiativeTableFilter, $asOf: String,\n  $sort: InitiativeTableSort, $descending: Boolean, $first: Int, $offset: Int) {\n  initiativeTable(filter: $filter, asOf: $asOf, sort: $sort, descending: $descending, first: $first, offset: $offset) {\n    asOf total offset hasNextPage\n    byStatus { status count } byFlag { flag count } byLeverState { lever state count }\n    rows { initiative { id name placeholder } status alignment opposing flags\n      levers { lever state enabling opposing } }\n  }\n}"): typeof import('./graphql.js').InitiativeTableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TableOptions {\n  places: entities(type: Place, first: 500) { nodes { id name } }\n  groups: entities(type: TargetGroup, first: 500) { nodes { id name } }\n  organisations: entities(type: Organisation, first: 500) { nodes { id name } }\n  partnerships: entities(type: Partnership, first: 500) { nodes { id name } }\n}"): typeof import('./graphql.js').TableOptionsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
