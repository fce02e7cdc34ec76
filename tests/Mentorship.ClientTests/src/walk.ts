// A curator's frontend, written against the client generated from api-spec/openapi.json (openapi-typescript +
// openapi-fetch): it walks a programme through the six stages and an analyst pulls the pairs export. No type cast,
// no `any`, no non-null assertion (scripts/check-source.mjs refuses them): when the contract changes, this file
// stops compiling instead of failing at run time.
//
// Environment: MENTORSHIP_API_URL, MENTORSHIP_CURATOR_TOKEN (scoped to the school), MENTORSHIP_ANALYST_TOKEN (scoped
// to the region), MENTORSHIP_ORGANIZATION_ID, MENTORSHIP_REGION_ID, and the seeded people with an active consent:
// MENTORSHIP_CURATOR_PERSON_ID, MENTORSHIP_MENTOR_PERSON_ID (a teacher), MENTORSHIP_MENTEE_PERSON_ID (a teacher).
import createClient from "openapi-fetch";
import type { components, paths } from "../generated/api.js";

type ProgrammeStage = components["schemas"]["ProgrammeStage"];

function setting(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") {
    throw new Error(`Set ${name}.`);
  }
  return value;
}

/** A value the walk cannot go on without: absent (or null) in a response is a failure, said with what was missing. */
function need<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) {
    throw new Error(`${what} is missing from the response.`);
  }
  return value;
}

interface Outcome<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

/** The body of a successful answer with the expected status; anything else stops the walk with the problem shown. */
async function expect<D>(what: string, call: Promise<Outcome<D>>, status = 200): Promise<D> {
  const { data, error, response } = await call;
  if (response.status !== status || data === undefined) {
    throw new Error(`${what}: expected ${status}, got ${response.status} ${JSON.stringify(error)}`);
  }
  console.log(`ok   ${response.status} ${what}`);
  return data;
}

/** A refusal with the expected status (a stage gate that does not hold yet answers 409). */
async function refused<D>(what: string, call: Promise<Outcome<D>>, status: number): Promise<void> {
  const { response } = await call;
  if (response.status !== status) {
    throw new Error(`${what}: expected the refusal ${status}, got ${response.status}`);
  }
  console.log(`ok   ${response.status} ${what} (refused, as it must be)`);
}

const baseUrl = setting("MENTORSHIP_API_URL");
const organizationId = setting("MENTORSHIP_ORGANIZATION_ID");
const regionId = setting("MENTORSHIP_REGION_ID");
const curatorPersonId = setting("MENTORSHIP_CURATOR_PERSON_ID");
const mentorPersonId = setting("MENTORSHIP_MENTOR_PERSON_ID");
const menteePersonId = setting("MENTORSHIP_MENTEE_PERSON_ID");

const curator = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${setting("MENTORSHIP_CURATOR_TOKEN")}` } });
const analyst = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${setting("MENTORSHIP_ANALYST_TOKEN")}` } });

// The academic year (учебный год) that is running today starts on 1 September.
const now = new Date();
const startYear = now.getUTCMonth() >= 8 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
const today = now.toISOString().slice(0, 10);

async function advanceTo(programmeId: string, expected: ProgrammeStage): Promise<void> {
  const stage = await expect(`advance to ${expected}`,
    curator.POST("/api/v1/programmes/{programmeId}/stage/advance", { params: { path: { programmeId } } }));
  if (stage.stage !== expected) {
    throw new Error(`The programme is at ${String(stage.stage)}, not ${expected}.`);
  }
}

async function gateIsClosed(programmeId: string, missing: string): Promise<void> {
  const stage = await expect("read the stage",
    curator.GET("/api/v1/programmes/{programmeId}/stage", { params: { path: { programmeId } } }));
  const unmet = need(stage.checklist, "stage.checklist").filter((item) => item.met !== true).map((item) => item.code);
  if (!unmet.includes(missing)) {
    throw new Error(`The checklist should miss "${missing}", it misses: ${unmet.join(", ")}`);
  }
  await refused(`advance before "${missing}"`,
    curator.POST("/api/v1/programmes/{programmeId}/stage/advance", { params: { path: { programmeId } } }), 409);
}

// Stage 1. Launch conditions (условия запуска).
const programme = await expect("create the programme", curator.POST("/api/v1/programmes", {
  body: { organizationId, title: "Программа наставничества «Учитель — учителю»", startYear: `${startYear}/${startYear + 1}` },
}), 201);
const programmeId = need(programme.id, "programme.id");
const forProgramme = { params: { path: { programmeId } } };
await gateIsClosed(programmeId, "form");
await expect("choose forms and formats", curator.PUT("/api/v1/programmes/{programmeId}/forms", {
  ...forProgramme, body: { forms: ["TeacherTeacher"], formats: ["OneToOne"] },
}));
await expect("appoint the curator", curator.PUT("/api/v1/programmes/{programmeId}/curator", {
  ...forProgramme, body: { personId: curatorPersonId, position: "Заместитель директора по УВР" },
}));
await expect("add a task", curator.POST("/api/v1/programmes/{programmeId}/tasks", {
  ...forProgramme, body: { text: "Адаптация молодых педагогов", expectedResult: "Молодые специалисты остаются в школе" },
}));
const documents: components["schemas"]["NormativeDocumentKind"][] = ["IntroductionOrder", "Regulation", "CuratorOrder"];
for (const kind of documents) {
  await expect(`register the document ${kind}`, curator.POST("/api/v1/programmes/{programmeId}/documents", {
    ...forProgramme, body: { kind, number: "12-од", date: today, title: `Документ ${kind}` },
  }));
}
await advanceTo(programmeId, "MentorSelection");

// Stage 2. Selection and training of mentors (отбор и обучение наставников).
await gateIsClosed(programmeId, "trainedAcceptedMentor");
const candidate = await expect("add a mentor candidate", curator.POST("/api/v1/programmes/{programmeId}/mentor-candidates", {
  ...forProgramme, body: { personId: mentorPersonId },
}), 201);
const forCandidate = { params: { path: { programmeId, candidateId: need(candidate.id, "candidate.id") } } };
const scored = await expect("score the candidate on the eight criteria", curator.PUT("/api/v1/programmes/{programmeId}/mentor-candidates/{candidateId}/scores", {
  ...forCandidate,
  body: {
    willingness: 5, professionalExperience: 4, competencesAndCommunication: 5, timeResource: 3,
    positiveExperience: 4, matchToRequests: 5, civicPosition: 4, motivation: 5,
  },
}));
if (scored.totalScore !== 35) {
  throw new Error(`The total score is ${String(scored.totalScore)}, not 35.`);
}
await expect("accept the candidate", curator.POST("/api/v1/programmes/{programmeId}/mentor-candidates/{candidateId}/decision", {
  ...forCandidate, body: { decision: "Accepted", comment: "Рекомендован педагогическим советом" },
}));
const trained = await expect("record the completed training", curator.POST("/api/v1/programmes/{programmeId}/mentor-candidates/{candidateId}/trainings", {
  ...forCandidate, body: { name: "Школа наставника", hours: 16, completedAt: today },
}));
if (trained.hasCompletedTraining !== true) {
  throw new Error("The candidate's training is not counted as completed.");
}
await advanceTo(programmeId, "MentorBank");

// Stage 3. Mentor bank (банк наставников).
await gateIsClosed(programmeId, "mentor");
await expect("put the mentor in the bank", curator.POST("/api/v1/programmes/{programmeId}/mentors", {
  ...forProgramme, body: { candidateId: need(candidate.id, "candidate.id"), capacity: 2, source: "Teacher", competences: ["методика", "классное руководство"] },
}), 201);
await advanceTo(programmeId, "MenteeBank");

// Stage 4. Mentee bank (банк наставляемых).
await gateIsClosed(programmeId, "menteeWithRequest");
await expect("add a mentee with a request", curator.POST("/api/v1/programmes/{programmeId}/mentees", {
  ...forProgramme,
  body: { personId: menteePersonId, dataChannel: "ClassTeacher", requests: [{ text: "Нужна помощь с методикой урока", tags: ["методика"] }] },
}), 201);
await advanceTo(programmeId, "OrganisationOfWork");

// Stage 5. Organisation of work (организация работы): matching proposes the pair, the curator confirms it.
await gateIsClosed(programmeId, "activeGroup");
const matching = await expect("read the matching proposals", curator.GET("/api/v1/programmes/{programmeId}/matching", forProgramme));
const proposal = need(need(matching.proposals, "matching.proposals")[0], "a matching proposal");
if (proposal.mentorPersonId !== mentorPersonId || proposal.menteePersonId !== menteePersonId) {
  throw new Error(`Matching proposed ${String(proposal.mentorPersonId)} → ${String(proposal.menteePersonId)}.`);
}
const pair = await expect("confirm the proposed pair", curator.POST("/api/v1/programmes/{programmeId}/groups", {
  ...forProgramme,
  body: {
    form: need(proposal.form, "proposal.form"), format: "OneToOne", startedAt: today,
    members: [{ personId: mentorPersonId, role: "Mentor" }, { personId: menteePersonId, role: "Mentee" }],
    teacherElement: "Adaptation", deficit: "классное руководство",
  },
}), 201);
const groupId = need(pair.id, "group.id");
await expect("log the kick-off meeting", curator.POST("/api/v1/groups/{groupId}/meetings", {
  params: { path: { groupId } },
  body: { at: now.toISOString(), durationMinutes: 60, kind: "Kickoff", topic: "Установочная встреча" },
}), 201);
// Pairs confirmed: the way to stage 6 waits for the order on them (приказ о закреплении наставнических пар).
await gateIsClosed(programmeId, "pairsOrder");
await expect("register the order on pairs", curator.POST("/api/v1/programmes/{programmeId}/documents", {
  ...forProgramme, body: { kind: "PairsOrder", number: "45-од", date: today, fileReference: "orders/45-od.pdf", approvedBy: "Директор" },
}));
await advanceTo(programmeId, "Completion");

// Stage 6. Completion (завершение): the programme closes only when no pair is active.
await refused("close the programme with an active pair",
  curator.POST("/api/v1/programmes/{programmeId}/close", forProgramme), 409);
const ended = await expect("end the pair as completed", curator.POST("/api/v1/groups/{groupId}/end", {
  params: { path: { groupId } }, body: { outcome: "Completed", reason: "Результаты представлены", endedAt: today },
}));
if (ended.status !== "Completed") {
  throw new Error(`The pair is ${String(ended.status)}, not Completed.`);
}
await expect("award the pair", curator.POST("/api/v1/programmes/{programmeId}/awards", {
  ...forProgramme, body: { groupId, title: "Лучшая наставническая пара" },
}), 201);
const closed = await expect("close the programme",
  curator.POST("/api/v1/programmes/{programmeId}/close", forProgramme));
if (closed.status !== "Closed") {
  throw new Error(`The programme is ${String(closed.status)}, not Closed.`);
}

// The analyst pulls the pairs export of the region (pseudonymised, CSV).
const csv = await expect("export the pairs as CSV", analyst.GET("/api/v1/exports/{dataset}", {
  params: { path: { dataset: "pairs" }, query: { format: "csv", regionId } },
  parseAs: "text",
}));
const rows = csv.split(/\r?\n/).filter((line) => line.trim() !== "");
if (rows.length < 2) {
  throw new Error(`The pairs export has no data row:\n${csv}`);
}
console.log(`ok   the pairs export has ${rows.length - 1} data row(s); header: ${rows[0] ?? ""}`);
console.log("WALK PASSED: six stages and an export through the generated client");
