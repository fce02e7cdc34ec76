CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "ApiKeys" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ApiKeys" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "ClientId" TEXT NOT NULL,
    "Prefix" TEXT NOT NULL,
    "SecretHash" TEXT NOT NULL,
    "RevokedAt" INTEGER NULL,
    "LastUsedAt" INTEGER NULL,
    "Created" INTEGER NOT NULL,
    "CreatedBy" TEXT NULL,
    "LastModified" INTEGER NOT NULL,
    "LastModifiedBy" TEXT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "AuditEntries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY,
    "At" INTEGER NOT NULL,
    "Actor" TEXT NULL,
    "ClientId" TEXT NULL,
    "RemoteAddress" TEXT NULL,
    "Action" TEXT NOT NULL,
    "EntityType" TEXT NOT NULL,
    "EntityId" TEXT NULL,
    "PersonId" TEXT NULL,
    "Details" TEXT NULL
);

CREATE TABLE "IdempotencyRecords" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_IdempotencyRecords" PRIMARY KEY,
    "Caller" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "RequestHash" TEXT NOT NULL,
    "Path" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "StatusCode" INTEGER NULL,
    "ContentType" TEXT NULL,
    "ResponseBody" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "ExpiresAt" INTEGER NOT NULL
);

CREATE TABLE "IndicatorSnapshots" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_IndicatorSnapshots" PRIMARY KEY,
    "Level" TEXT NOT NULL,
    "RegionId" TEXT NOT NULL,
    "MunicipalityId" TEXT NULL,
    "UnitId" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Indicator" TEXT NOT NULL,
    "Breakdown" TEXT NOT NULL,
    "Numerator" INTEGER NOT NULL,
    "Denominator" INTEGER NULL,
    "Value" REAL NULL,
    "Target" REAL NULL,
    "TargetCount" INTEGER NULL,
    "Met" INTEGER NULL,
    "ComputedAt" INTEGER NOT NULL
);

CREATE TABLE "JobRuns" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_JobRuns" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "RegionId" TEXT NULL,
    "RequestedBy" TEXT NULL,
    "RequestedAt" INTEGER NOT NULL,
    "BackgroundJobId" TEXT NULL
);

CREATE TABLE "Regions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Regions" PRIMARY KEY,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "PupilAgeFrom" INTEGER NOT NULL,
    "PupilAgeTo" INTEGER NOT NULL,
    "Created" INTEGER NOT NULL,
    "CreatedBy" TEXT NULL,
    "LastModified" INTEGER NOT NULL,
    "LastModifiedBy" TEXT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "RegionRuns" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_RegionRuns" PRIMARY KEY,
    "JobRunId" TEXT NOT NULL,
    "RegionId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Executions" INTEGER NOT NULL,
    "StartedAt" INTEGER NULL,
    "FinishedAt" INTEGER NULL,
    "Organizations" INTEGER NOT NULL,
    "IndicatorSnapshots" INTEGER NOT NULL,
    "CriterionSnapshots" INTEGER NOT NULL,
    "Error" TEXT NULL,
    CONSTRAINT "FK_RegionRuns_JobRuns_JobRunId" FOREIGN KEY ("JobRunId") REFERENCES "JobRuns" ("Id") ON DELETE CASCADE
);

CREATE TABLE "IndicatorTargets" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_IndicatorTargets" PRIMARY KEY,
    "RegionId" TEXT NULL,
    "Indicator" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Value" REAL NOT NULL,
    "Created" INTEGER NOT NULL,
    "CreatedBy" TEXT NULL,
    "LastModified" INTEGER NOT NULL,
    "LastModifiedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_IndicatorTargets_Regions_RegionId" FOREIGN KEY ("RegionId") REFERENCES "Regions" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Municipalities" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Municipalities" PRIMARY KEY,
    "RegionId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Oktmo" TEXT NOT NULL,
    "Created" INTEGER NOT NULL,
    "CreatedBy" TEXT NULL,
    "LastModified" INTEGER NOT NULL,
    "LastModifiedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Municipalities_Regions_RegionId" FOREIGN KEY ("RegionId") REFERENCES "Regions" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Organizations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Organizations" PRIMARY KEY,
    "MunicipalityId" TEXT NOT NULL,
    "RegionId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "ShortName" TEXT NULL,
    "Inn" TEXT NULL,
    "NameNormalized" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "IsRural" INTEGER NOT NULL,
    "IsHardToReach" INTEGER NOT NULL,
    "Address" TEXT NULL,
    "Email" TEXT NULL,
    "Phone" TEXT NULL,
    "Website" TEXT NULL,
    "IsArchived" INTEGER NOT NULL,
    "ArchivedAt" INTEGER NULL,
    "Created" INTEGER NOT NULL,
    "CreatedBy" TEXT NULL,
    "LastModified" INTEGER NOT NULL,
    "LastModifiedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Organizations_Municipalities_MunicipalityId" FOREIGN KEY ("MunicipalityId") REFERENCES "Municipalities" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ApiKeyOrganization" (
    "ApiKeyId" TEXT NOT NULL,
    "OrganizationId" TEXT NOT NULL,
    CONSTRAINT "PK_ApiKeyOrganization" PRIMARY KEY ("ApiKeyId", "OrganizationId"),
    CONSTRAINT "FK_ApiKeyOrganization_ApiKeys_ApiKeyId" FOREIGN KEY ("ApiKeyId") REFERENCES "ApiKeys" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ApiKeyOrganization_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "CriterionAnswers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CriterionAnswers" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Criterion" TEXT NOT NULL,
    "Level" TEXT NOT NULL,
    "AnsweredAt" INTEGER NOT NULL,
    CONSTRAINT "FK_CriterionAnswers_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "CriterionSnapshots" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CriterionSnapshots" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Criterion" TEXT NOT NULL,
    "Value" REAL NULL,
    "Level" TEXT NOT NULL,
    "Inputs" TEXT NULL,
    "ComputedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_CriterionSnapshots_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "HeadCounts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_HeadCounts" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "AcademicYear" INTEGER NOT NULL,
    "PupilsTotal" INTEGER NOT NULL,
    "PupilsInAgeBand" INTEGER NOT NULL,
    "AdditionalEducationPupils" INTEGER NOT NULL,
    "TeachersTotal" INTEGER NOT NULL,
    "TeachersUnder35" INTEGER NOT NULL,
    "YoungSpecialists" INTEGER NOT NULL,
    "Source" TEXT NOT NULL,
    "ReportedAt" INTEGER NOT NULL,
    "ReportedBy" TEXT NULL,
    CONSTRAINT "FK_HeadCounts_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "People" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_People" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "LastName" TEXT NOT NULL,
    "FirstName" TEXT NOT NULL,
    "MiddleName" TEXT NULL,
    "SearchName" TEXT NOT NULL,
    "BirthDate" TEXT NULL,
    "Category" TEXT NOT NULL,
    "Grade" INTEGER NULL,
    "HasSpecialNeeds" INTEGER NOT NULL,
    "Email" TEXT NULL,
    "Phone" TEXT NULL,
    "IsAnonymised" INTEGER NOT NULL,
    "AnonymisedAt" INTEGER NULL,
    "Created" INTEGER NOT NULL,
    "CreatedBy" TEXT NULL,
    "LastModified" INTEGER NOT NULL,
    "LastModifiedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_People_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Programmes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Programmes" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Description" TEXT NULL,
    "SearchWords" TEXT NOT NULL,
    "StartYear" INTEGER NOT NULL,
    "EndYear" INTEGER NULL,
    "Stage" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "ClosedAt" INTEGER NULL,
    "IsPublished" INTEGER NOT NULL,
    "PublishedAt" INTEGER NULL,
    "Created" INTEGER NOT NULL,
    "CreatedBy" TEXT NULL,
    "LastModified" INTEGER NOT NULL,
    "LastModifiedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Programmes_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Roadmaps" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Roadmaps" PRIMARY KEY,
    "MunicipalityId" TEXT NULL,
    "OrganizationId" TEXT NULL,
    "Title" TEXT NOT NULL,
    "AcademicYear" INTEGER NOT NULL,
    "ApprovedAt" INTEGER NULL,
    "ApprovedBy" TEXT NULL,
    "Created" INTEGER NOT NULL,
    "CreatedBy" TEXT NULL,
    "LastModified" INTEGER NOT NULL,
    "LastModifiedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Roadmaps_Municipalities_MunicipalityId" FOREIGN KEY ("MunicipalityId") REFERENCES "Municipalities" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Roadmaps_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Consents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Consents" PRIMARY KEY,
    "PersonId" TEXT NOT NULL,
    "GivenBy" TEXT NOT NULL,
    "RepresentativeName" TEXT NULL,
    "Purpose" TEXT NOT NULL,
    "GivenAt" INTEGER NOT NULL,
    "RevokedAt" INTEGER NULL,
    "DocumentReference" TEXT NULL,
    CONSTRAINT "FK_Consents_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ContestParticipations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ContestParticipations" PRIMARY KEY,
    "PersonId" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Date" TEXT NULL,
    "Level" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Result" TEXT NULL,
    CONSTRAINT "FK_ContestParticipations_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Employments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Employments" PRIMARY KEY,
    "PersonId" TEXT NOT NULL,
    "OrganizationId" TEXT NOT NULL,
    "HiredAt" TEXT NOT NULL,
    "LeftAt" TEXT NULL,
    "ExperienceYearsAtHire" REAL NOT NULL,
    "IsYoungSpecialist" INTEGER NOT NULL,
    CONSTRAINT "FK_Employments_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Employments_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PersonExternalIds" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PersonExternalIds" PRIMARY KEY,
    "PersonId" TEXT NOT NULL,
    "ClientId" TEXT NOT NULL,
    "ExternalId" TEXT NOT NULL,
    CONSTRAINT "FK_PersonExternalIds_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Publications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Publications" PRIMARY KEY,
    "PersonId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Level" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Date" TEXT NOT NULL,
    "Url" TEXT NULL,
    CONSTRAINT "FK_Publications_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Trainings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Trainings" PRIMARY KEY,
    "PersonId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Hours" INTEGER NOT NULL,
    "CompletedAt" TEXT NOT NULL,
    "Provider" TEXT NULL,
    CONSTRAINT "FK_Trainings_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);

CREATE TABLE "FinalEvents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_FinalEvents" PRIMARY KEY,
    "ProgrammeId" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Description" TEXT NULL,
    "Place" TEXT NULL,
    "Created" INTEGER NOT NULL,
    "CreatedBy" TEXT NULL,
    "LastModified" INTEGER NOT NULL,
    "LastModifiedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_FinalEvents_Programmes_ProgrammeId" FOREIGN KEY ("ProgrammeId") REFERENCES "Programmes" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Mentees" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Mentees" PRIMARY KEY,
    "ProgrammeId" TEXT NOT NULL,
    "PersonId" TEXT NOT NULL,
    "DataChannel" TEXT NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "Created" INTEGER NOT NULL,
    "CreatedBy" TEXT NULL,
    "LastModified" INTEGER NOT NULL,
    "LastModifiedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Mentees_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Mentees_Programmes_ProgrammeId" FOREIGN KEY ("ProgrammeId") REFERENCES "Programmes" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "MentorCandidates" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MentorCandidates" PRIMARY KEY,
    "ProgrammeId" TEXT NOT NULL,
    "PersonId" TEXT NOT NULL,
    "Willingness" INTEGER NULL,
    "ProfessionalExperience" INTEGER NULL,
    "CompetencesAndCommunication" INTEGER NULL,
    "TimeResource" INTEGER NULL,
    "PositiveExperience" INTEGER NULL,
    "MatchToRequests" INTEGER NULL,
    "CivicPosition" INTEGER NULL,
    "Motivation" INTEGER NULL,
    "Decision" TEXT NOT NULL,
    "DecidedAt" INTEGER NULL,
    "DecisionComment" TEXT NULL,
    "Created" INTEGER NOT NULL,
    "CreatedBy" TEXT NULL,
    "LastModified" INTEGER NOT NULL,
    "LastModifiedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_MentorCandidates_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_MentorCandidates_Programmes_ProgrammeId" FOREIGN KEY ("ProgrammeId") REFERENCES "Programmes" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "MentoringGroups" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MentoringGroups" PRIMARY KEY,
    "ProgrammeId" TEXT NOT NULL,
    "Name" TEXT NULL,
    "Form" TEXT NOT NULL,
    "Format" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "StartedAt" TEXT NOT NULL,
    "EndedAt" TEXT NULL,
    "EndReason" TEXT NULL,
    "Created" INTEGER NOT NULL,
    "CreatedBy" TEXT NULL,
    "LastModified" INTEGER NOT NULL,
    "LastModifiedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_MentoringGroups_Programmes_ProgrammeId" FOREIGN KEY ("ProgrammeId") REFERENCES "Programmes" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "NormativeDocuments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_NormativeDocuments" PRIMARY KEY,
    "ProgrammeId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Number" TEXT NULL,
    "Date" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Url" TEXT NULL,
    CONSTRAINT "FK_NormativeDocuments_Programmes_ProgrammeId" FOREIGN KEY ("ProgrammeId") REFERENCES "Programmes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ProgrammeFormats" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ProgrammeFormats" PRIMARY KEY,
    "ProgrammeId" TEXT NOT NULL,
    "Format" TEXT NOT NULL,
    CONSTRAINT "FK_ProgrammeFormats_Programmes_ProgrammeId" FOREIGN KEY ("ProgrammeId") REFERENCES "Programmes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ProgrammeForms" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ProgrammeForms" PRIMARY KEY,
    "ProgrammeId" TEXT NOT NULL,
    "Form" TEXT NOT NULL,
    CONSTRAINT "FK_ProgrammeForms_Programmes_ProgrammeId" FOREIGN KEY ("ProgrammeId") REFERENCES "Programmes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ProgrammePartners" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ProgrammePartners" PRIMARY KEY,
    "ProgrammeId" TEXT NOT NULL,
    "OrganizationId" TEXT NOT NULL,
    "Role" TEXT NULL,
    CONSTRAINT "FK_ProgrammePartners_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ProgrammePartners_Programmes_ProgrammeId" FOREIGN KEY ("ProgrammeId") REFERENCES "Programmes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ProgrammeTasks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ProgrammeTasks" PRIMARY KEY,
    "ProgrammeId" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "ExpectedResult" TEXT NULL,
    CONSTRAINT "FK_ProgrammeTasks_Programmes_ProgrammeId" FOREIGN KEY ("ProgrammeId") REFERENCES "Programmes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "StageTransitions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_StageTransitions" PRIMARY KEY,
    "ProgrammeId" TEXT NOT NULL,
    "From" TEXT NOT NULL,
    "To" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "By" TEXT NULL,
    "Reason" TEXT NULL,
    CONSTRAINT "FK_StageTransitions_Programmes_ProgrammeId" FOREIGN KEY ("ProgrammeId") REFERENCES "Programmes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SurveyTemplates" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SurveyTemplates" PRIMARY KEY,
    "ProgrammeId" TEXT NULL,
    "Title" TEXT NOT NULL,
    "Form" TEXT NULL,
    "Role" TEXT NOT NULL,
    "Point" TEXT NOT NULL,
    "IsPublished" INTEGER NOT NULL,
    "PublishedAt" INTEGER NULL,
    "IsArchived" INTEGER NOT NULL,
    "Created" INTEGER NOT NULL,
    "CreatedBy" TEXT NULL,
    "LastModified" INTEGER NOT NULL,
    "LastModifiedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_SurveyTemplates_Programmes_ProgrammeId" FOREIGN KEY ("ProgrammeId") REFERENCES "Programmes" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "TeamMembers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_TeamMembers" PRIMARY KEY,
    "ProgrammeId" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "PersonId" TEXT NULL,
    "FullName" TEXT NULL,
    "Position" TEXT NULL,
    CONSTRAINT "FK_TeamMembers_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_TeamMembers_Programmes_ProgrammeId" FOREIGN KEY ("ProgrammeId") REFERENCES "Programmes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "RoadmapItems" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_RoadmapItems" PRIMARY KEY,
    "RoadmapId" TEXT NOT NULL,
    "Stage" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Deadline" TEXT NOT NULL,
    "Responsible" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Result" TEXT NULL,
    "CompletedOn" TEXT NULL,
    "IsOverdue" INTEGER NOT NULL,
    CONSTRAINT "FK_RoadmapItems_Roadmaps_RoadmapId" FOREIGN KEY ("RoadmapId") REFERENCES "Roadmaps" ("Id") ON DELETE CASCADE
);

CREATE TABLE "InformingRecords" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_InformingRecords" PRIMARY KEY,
    "ProgrammeId" TEXT NOT NULL,
    "MenteeId" TEXT NULL,
    "Channel" TEXT NOT NULL,
    "InformedOn" TEXT NOT NULL,
    "Note" TEXT NULL,
    CONSTRAINT "FK_InformingRecords_Mentees_MenteeId" FOREIGN KEY ("MenteeId") REFERENCES "Mentees" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_InformingRecords_Programmes_ProgrammeId" FOREIGN KEY ("ProgrammeId") REFERENCES "Programmes" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "MenteeRequests" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MenteeRequests" PRIMARY KEY,
    "MenteeId" TEXT NOT NULL,
    "Text" TEXT NULL,
    CONSTRAINT "FK_MenteeRequests_Mentees_MenteeId" FOREIGN KEY ("MenteeId") REFERENCES "Mentees" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Mentors" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Mentors" PRIMARY KEY,
    "ProgrammeId" TEXT NOT NULL,
    "PersonId" TEXT NOT NULL,
    "CandidateId" TEXT NULL,
    "Capacity" INTEGER NOT NULL,
    "Source" TEXT NOT NULL,
    "IsActive" INTEGER NOT NULL,
    "Created" INTEGER NOT NULL,
    "CreatedBy" TEXT NULL,
    "LastModified" INTEGER NOT NULL,
    "LastModifiedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Mentors_MentorCandidates_CandidateId" FOREIGN KEY ("CandidateId") REFERENCES "MentorCandidates" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Mentors_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Mentors_Programmes_ProgrammeId" FOREIGN KEY ("ProgrammeId") REFERENCES "Programmes" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "MentorTrainings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MentorTrainings" PRIMARY KEY,
    "CandidateId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Hours" INTEGER NOT NULL,
    "CompletedAt" TEXT NULL,
    CONSTRAINT "FK_MentorTrainings_MentorCandidates_CandidateId" FOREIGN KEY ("CandidateId") REFERENCES "MentorCandidates" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Awards" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Awards" PRIMARY KEY,
    "ProgrammeId" TEXT NOT NULL,
    "GroupId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "AwardedAt" TEXT NOT NULL,
    "Created" INTEGER NOT NULL,
    "CreatedBy" TEXT NULL,
    "LastModified" INTEGER NOT NULL,
    "LastModifiedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Awards_MentoringGroups_GroupId" FOREIGN KEY ("GroupId") REFERENCES "MentoringGroups" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Awards_Programmes_ProgrammeId" FOREIGN KEY ("ProgrammeId") REFERENCES "Programmes" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Feedbacks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Feedbacks" PRIMARY KEY,
    "GroupId" TEXT NOT NULL,
    "AuthorPersonId" TEXT NOT NULL,
    "Stage" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "Rating" INTEGER NULL,
    "GivenAt" INTEGER NOT NULL,
    "Created" INTEGER NOT NULL,
    "CreatedBy" TEXT NULL,
    "LastModified" INTEGER NOT NULL,
    "LastModifiedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Feedbacks_MentoringGroups_GroupId" FOREIGN KEY ("GroupId") REFERENCES "MentoringGroups" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Feedbacks_People_AuthorPersonId" FOREIGN KEY ("AuthorPersonId") REFERENCES "People" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Goals" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Goals" PRIMARY KEY,
    "GroupId" TEXT NOT NULL,
    "MenteePersonId" TEXT NULL,
    "Text" TEXT NOT NULL,
    "DueOn" TEXT NULL,
    "Status" TEXT NOT NULL,
    "ClosedOn" TEXT NULL,
    "Created" INTEGER NOT NULL,
    "CreatedBy" TEXT NULL,
    "LastModified" INTEGER NOT NULL,
    "LastModifiedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Goals_MentoringGroups_GroupId" FOREIGN KEY ("GroupId") REFERENCES "MentoringGroups" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Goals_People_MenteePersonId" FOREIGN KEY ("MenteePersonId") REFERENCES "People" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "GroupMembers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_GroupMembers" PRIMARY KEY,
    "GroupId" TEXT NOT NULL,
    "PersonId" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "JoinedAt" TEXT NOT NULL,
    "LeftAt" TEXT NULL,
    "LeaveReason" TEXT NULL,
    CONSTRAINT "FK_GroupMembers_MentoringGroups_GroupId" FOREIGN KEY ("GroupId") REFERENCES "MentoringGroups" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_GroupMembers_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "IntermediateResults" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_IntermediateResults" PRIMARY KEY,
    "GroupId" TEXT NOT NULL,
    "MenteePersonId" TEXT NULL,
    "RecordedOn" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "Created" INTEGER NOT NULL,
    "CreatedBy" TEXT NULL,
    "LastModified" INTEGER NOT NULL,
    "LastModifiedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_IntermediateResults_MentoringGroups_GroupId" FOREIGN KEY ("GroupId") REFERENCES "MentoringGroups" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_IntermediateResults_People_MenteePersonId" FOREIGN KEY ("MenteePersonId") REFERENCES "People" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Meetings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Meetings" PRIMARY KEY,
    "GroupId" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "DurationMinutes" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Topic" TEXT NULL,
    "Notes" TEXT NULL,
    "Created" INTEGER NOT NULL,
    "CreatedBy" TEXT NULL,
    "LastModified" INTEGER NOT NULL,
    "LastModifiedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Meetings_MentoringGroups_GroupId" FOREIGN KEY ("GroupId") REFERENCES "MentoringGroups" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Notes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Notes" PRIMARY KEY,
    "GroupId" TEXT NOT NULL,
    "AuthorPersonId" TEXT NOT NULL,
    "Visibility" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "WrittenAt" INTEGER NOT NULL,
    "Created" INTEGER NOT NULL,
    "CreatedBy" TEXT NULL,
    "LastModified" INTEGER NOT NULL,
    "LastModifiedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Notes_MentoringGroups_GroupId" FOREIGN KEY ("GroupId") REFERENCES "MentoringGroups" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Notes_People_AuthorPersonId" FOREIGN KEY ("AuthorPersonId") REFERENCES "People" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "StaleGroups" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_StaleGroups" PRIMARY KEY,
    "GroupId" TEXT NOT NULL,
    "ProgrammeId" TEXT NOT NULL,
    "OrganizationId" TEXT NOT NULL,
    "StartedAt" TEXT NOT NULL,
    "LastMeetingAt" INTEGER NULL,
    "DaysWithoutMeeting" INTEGER NOT NULL,
    "FlaggedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_StaleGroups_MentoringGroups_GroupId" FOREIGN KEY ("GroupId") REFERENCES "MentoringGroups" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SuccessCases" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SuccessCases" PRIMARY KEY,
    "ProgrammeId" TEXT NOT NULL,
    "GroupId" TEXT NULL,
    "Title" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "IsPublished" INTEGER NOT NULL,
    "PublishedAt" INTEGER NULL,
    "Created" INTEGER NOT NULL,
    "CreatedBy" TEXT NULL,
    "LastModified" INTEGER NOT NULL,
    "LastModifiedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_SuccessCases_MentoringGroups_GroupId" FOREIGN KEY ("GroupId") REFERENCES "MentoringGroups" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SuccessCases_Programmes_ProgrammeId" FOREIGN KEY ("ProgrammeId") REFERENCES "Programmes" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "SurveyQuestions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SurveyQuestions" PRIMARY KEY,
    "TemplateId" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "IsRequired" INTEGER NOT NULL,
    CONSTRAINT "FK_SurveyQuestions_SurveyTemplates_TemplateId" FOREIGN KEY ("TemplateId") REFERENCES "SurveyTemplates" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SurveyResponses" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SurveyResponses" PRIMARY KEY,
    "TemplateId" TEXT NOT NULL,
    "ProgrammeId" TEXT NOT NULL,
    "GroupId" TEXT NULL,
    "RespondentPersonId" TEXT NOT NULL,
    "SubmittedAt" INTEGER NULL,
    "Created" INTEGER NOT NULL,
    "CreatedBy" TEXT NULL,
    "LastModified" INTEGER NOT NULL,
    "LastModifiedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_SurveyResponses_MentoringGroups_GroupId" FOREIGN KEY ("GroupId") REFERENCES "MentoringGroups" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SurveyResponses_People_RespondentPersonId" FOREIGN KEY ("RespondentPersonId") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SurveyResponses_Programmes_ProgrammeId" FOREIGN KEY ("ProgrammeId") REFERENCES "Programmes" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SurveyResponses_SurveyTemplates_TemplateId" FOREIGN KEY ("TemplateId") REFERENCES "SurveyTemplates" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "MenteeRequestTags" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MenteeRequestTags" PRIMARY KEY,
    "RequestId" TEXT NOT NULL,
    "Tag" TEXT NOT NULL,
    CONSTRAINT "FK_MenteeRequestTags_MenteeRequests_RequestId" FOREIGN KEY ("RequestId") REFERENCES "MenteeRequests" ("Id") ON DELETE CASCADE
);

CREATE TABLE "MentorCompetences" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MentorCompetences" PRIMARY KEY,
    "MentorId" TEXT NOT NULL,
    "Tag" TEXT NOT NULL,
    CONSTRAINT "FK_MentorCompetences_Mentors_MentorId" FOREIGN KEY ("MentorId") REFERENCES "Mentors" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SurveyQuestionOptions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SurveyQuestionOptions" PRIMARY KEY,
    "QuestionId" TEXT NOT NULL,
    "Order" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    CONSTRAINT "FK_SurveyQuestionOptions_SurveyQuestions_QuestionId" FOREIGN KEY ("QuestionId") REFERENCES "SurveyQuestions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SurveyAnswers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SurveyAnswers" PRIMARY KEY,
    "ResponseId" TEXT NOT NULL,
    "QuestionId" TEXT NOT NULL,
    "Scale" INTEGER NULL,
    "OptionId" TEXT NULL,
    "Text" TEXT NULL,
    CONSTRAINT "FK_SurveyAnswers_SurveyQuestionOptions_OptionId" FOREIGN KEY ("OptionId") REFERENCES "SurveyQuestionOptions" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SurveyAnswers_SurveyQuestions_QuestionId" FOREIGN KEY ("QuestionId") REFERENCES "SurveyQuestions" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SurveyAnswers_SurveyResponses_ResponseId" FOREIGN KEY ("ResponseId") REFERENCES "SurveyResponses" ("Id") ON DELETE CASCADE
);

INSERT INTO "IndicatorTargets" ("Id", "Created", "CreatedBy", "Indicator", "LastModified", "LastModifiedBy", "RegionId", "Value", "Version", "Year")
VALUES ('00000000-0000-7000-8000-000100002019', 1304205262848000000, 'seed', 'PupilsMentored', 1304205262848000000, 'seed', NULL, 3.0, 0, 2019);
SELECT changes();

INSERT INTO "IndicatorTargets" ("Id", "Created", "CreatedBy", "Indicator", "LastModified", "LastModifiedBy", "RegionId", "Value", "Version", "Year")
VALUES ('00000000-0000-7000-8000-000100002020', 1304205262848000000, 'seed', 'PupilsMentored', 1304205262848000000, 'seed', NULL, 10.0, 0, 2020);
SELECT changes();

INSERT INTO "IndicatorTargets" ("Id", "Created", "CreatedBy", "Indicator", "LastModified", "LastModifiedBy", "RegionId", "Value", "Version", "Year")
VALUES ('00000000-0000-7000-8000-000100002021', 1304205262848000000, 'seed', 'PupilsMentored', 1304205262848000000, 'seed', NULL, 20.0, 0, 2021);
SELECT changes();

INSERT INTO "IndicatorTargets" ("Id", "Created", "CreatedBy", "Indicator", "LastModified", "LastModifiedBy", "RegionId", "Value", "Version", "Year")
VALUES ('00000000-0000-7000-8000-000100002022', 1304205262848000000, 'seed', 'PupilsMentored', 1304205262848000000, 'seed', NULL, 35.0, 0, 2022);
SELECT changes();

INSERT INTO "IndicatorTargets" ("Id", "Created", "CreatedBy", "Indicator", "LastModified", "LastModifiedBy", "RegionId", "Value", "Version", "Year")
VALUES ('00000000-0000-7000-8000-000100002023', 1304205262848000000, 'seed', 'PupilsMentored', 1304205262848000000, 'seed', NULL, 50.0, 0, 2023);
SELECT changes();

INSERT INTO "IndicatorTargets" ("Id", "Created", "CreatedBy", "Indicator", "LastModified", "LastModifiedBy", "RegionId", "Value", "Version", "Year")
VALUES ('00000000-0000-7000-8000-000100002024', 1304205262848000000, 'seed', 'PupilsMentored', 1304205262848000000, 'seed', NULL, 70.0, 0, 2024);
SELECT changes();

INSERT INTO "IndicatorTargets" ("Id", "Created", "CreatedBy", "Indicator", "LastModified", "LastModifiedBy", "RegionId", "Value", "Version", "Year")
VALUES ('00000000-0000-7000-8000-000200002021', 1304205262848000000, 'seed', 'YoungTeachersMentored', 1304205262848000000, 'seed', NULL, 70.0, 0, 2021);
SELECT changes();

INSERT INTO "IndicatorTargets" ("Id", "Created", "CreatedBy", "Indicator", "LastModified", "LastModifiedBy", "RegionId", "Value", "Version", "Year")
VALUES ('00000000-0000-7000-8000-000200002022', 1304205262848000000, 'seed', 'YoungTeachersMentored', 1304205262848000000, 'seed', NULL, 70.0, 0, 2022);
SELECT changes();

INSERT INTO "IndicatorTargets" ("Id", "Created", "CreatedBy", "Indicator", "LastModified", "LastModifiedBy", "RegionId", "Value", "Version", "Year")
VALUES ('00000000-0000-7000-8000-000200002023', 1304205262848000000, 'seed', 'YoungTeachersMentored', 1304205262848000000, 'seed', NULL, 70.0, 0, 2023);
SELECT changes();

INSERT INTO "IndicatorTargets" ("Id", "Created", "CreatedBy", "Indicator", "LastModified", "LastModifiedBy", "RegionId", "Value", "Version", "Year")
VALUES ('00000000-0000-7000-8000-000200002024', 1304205262848000000, 'seed', 'YoungTeachersMentored', 1304205262848000000, 'seed', NULL, 70.0, 0, 2024);
SELECT changes();

INSERT INTO "IndicatorTargets" ("Id", "Created", "CreatedBy", "Indicator", "LastModified", "LastModifiedBy", "RegionId", "Value", "Version", "Year")
VALUES ('00000000-0000-7000-8000-000300002024', 1304205262848000000, 'seed', 'AdditionalEducationPupilsMentored', 1304205262848000000, 'seed', NULL, 70.0, 0, 2024);
SELECT changes();

INSERT INTO "IndicatorTargets" ("Id", "Created", "CreatedBy", "Indicator", "LastModified", "LastModifiedBy", "RegionId", "Value", "Version", "Year")
VALUES ('00000000-0000-7000-8000-000400002021', 1304205262848000000, 'seed', 'OrganizationsWithProgramme', 1304205262848000000, 'seed', NULL, 40.0, 0, 2021);
SELECT changes();

INSERT INTO "IndicatorTargets" ("Id", "Created", "CreatedBy", "Indicator", "LastModified", "LastModifiedBy", "RegionId", "Value", "Version", "Year")
VALUES ('00000000-0000-7000-8000-000400002022', 1304205262848000000, 'seed', 'OrganizationsWithProgramme', 1304205262848000000, 'seed', NULL, 60.0, 0, 2022);
SELECT changes();

INSERT INTO "IndicatorTargets" ("Id", "Created", "CreatedBy", "Indicator", "LastModified", "LastModifiedBy", "RegionId", "Value", "Version", "Year")
VALUES ('00000000-0000-7000-8000-000400002023', 1304205262848000000, 'seed', 'OrganizationsWithProgramme', 1304205262848000000, 'seed', NULL, 80.0, 0, 2023);
SELECT changes();

INSERT INTO "IndicatorTargets" ("Id", "Created", "CreatedBy", "Indicator", "LastModified", "LastModifiedBy", "RegionId", "Value", "Version", "Year")
VALUES ('00000000-0000-7000-8000-000400002024', 1304205262848000000, 'seed', 'OrganizationsWithProgramme', 1304205262848000000, 'seed', NULL, 100.0, 0, 2024);
SELECT changes();

INSERT INTO "IndicatorTargets" ("Id", "Created", "CreatedBy", "Indicator", "LastModified", "LastModifiedBy", "RegionId", "Value", "Version", "Year")
VALUES ('00000000-0000-7000-8000-000500002024', 1304205262848000000, 'seed', 'OrganizationsWithTrainedStaff', 1304205262848000000, 'seed', NULL, 70.0, 0, 2024);
SELECT changes();

INSERT INTO "IndicatorTargets" ("Id", "Created", "CreatedBy", "Indicator", "LastModified", "LastModifiedBy", "RegionId", "Value", "Version", "Year")
VALUES ('00000000-0000-7000-8000-000600002021', 1304205262848000000, 'seed', 'MentorshipContestParticipants', 1304205262848000000, 'seed', NULL, 1.0, 0, 2021);
SELECT changes();

INSERT INTO "IndicatorTargets" ("Id", "Created", "CreatedBy", "Indicator", "LastModified", "LastModifiedBy", "RegionId", "Value", "Version", "Year")
VALUES ('00000000-0000-7000-8000-000600002022', 1304205262848000000, 'seed', 'MentorshipContestParticipants', 1304205262848000000, 'seed', NULL, 2.0, 0, 2022);
SELECT changes();

INSERT INTO "IndicatorTargets" ("Id", "Created", "CreatedBy", "Indicator", "LastModified", "LastModifiedBy", "RegionId", "Value", "Version", "Year")
VALUES ('00000000-0000-7000-8000-000600002023', 1304205262848000000, 'seed', 'MentorshipContestParticipants', 1304205262848000000, 'seed', NULL, 2.0, 0, 2023);
SELECT changes();

INSERT INTO "IndicatorTargets" ("Id", "Created", "CreatedBy", "Indicator", "LastModified", "LastModifiedBy", "RegionId", "Value", "Version", "Year")
VALUES ('00000000-0000-7000-8000-000600002024', 1304205262848000000, 'seed', 'MentorshipContestParticipants', 1304205262848000000, 'seed', NULL, 2.0, 0, 2024);
SELECT changes();


CREATE INDEX "IX_ApiKeyOrganization_OrganizationId" ON "ApiKeyOrganization" ("OrganizationId");

CREATE UNIQUE INDEX "IX_ApiKeys_Prefix" ON "ApiKeys" ("Prefix");

CREATE INDEX "IX_AuditEntries_Actor_At" ON "AuditEntries" ("Actor", "At");

CREATE INDEX "IX_AuditEntries_At" ON "AuditEntries" ("At");

CREATE INDEX "IX_AuditEntries_PersonId_At" ON "AuditEntries" ("PersonId", "At");

CREATE INDEX "IX_Awards_GroupId" ON "Awards" ("GroupId");

CREATE INDEX "IX_Awards_ProgrammeId" ON "Awards" ("ProgrammeId");

CREATE INDEX "IX_Consents_PersonId" ON "Consents" ("PersonId");

CREATE INDEX "IX_ContestParticipations_PersonId" ON "ContestParticipations" ("PersonId");

CREATE INDEX "IX_ContestParticipations_Year_Kind_Level" ON "ContestParticipations" ("Year", "Kind", "Level");

CREATE INDEX "IX_CriterionAnswers_OrganizationId_Year_Criterion" ON "CriterionAnswers" ("OrganizationId", "Year", "Criterion");

CREATE UNIQUE INDEX "IX_CriterionSnapshots_OrganizationId_Year_Criterion" ON "CriterionSnapshots" ("OrganizationId", "Year", "Criterion");

CREATE INDEX "IX_CriterionSnapshots_Year_Criterion" ON "CriterionSnapshots" ("Year", "Criterion");

CREATE INDEX "IX_Employments_OrganizationId_HiredAt" ON "Employments" ("OrganizationId", "HiredAt");

CREATE INDEX "IX_Employments_PersonId" ON "Employments" ("PersonId");

CREATE INDEX "IX_Feedbacks_AuthorPersonId" ON "Feedbacks" ("AuthorPersonId");

CREATE INDEX "IX_Feedbacks_GroupId_Stage" ON "Feedbacks" ("GroupId", "Stage");

CREATE INDEX "IX_FinalEvents_ProgrammeId" ON "FinalEvents" ("ProgrammeId");

CREATE INDEX "IX_Goals_GroupId" ON "Goals" ("GroupId");

CREATE INDEX "IX_Goals_MenteePersonId" ON "Goals" ("MenteePersonId");

CREATE INDEX "IX_GroupMembers_GroupId_PersonId" ON "GroupMembers" ("GroupId", "PersonId");

CREATE INDEX "IX_GroupMembers_PersonId_Role" ON "GroupMembers" ("PersonId", "Role");

CREATE INDEX "IX_HeadCounts_OrganizationId_AcademicYear_ReportedAt" ON "HeadCounts" ("OrganizationId", "AcademicYear", "ReportedAt");

CREATE UNIQUE INDEX "IX_IdempotencyRecords_Caller_Key" ON "IdempotencyRecords" ("Caller", "Key");

CREATE INDEX "IX_IdempotencyRecords_ExpiresAt" ON "IdempotencyRecords" ("ExpiresAt");

CREATE UNIQUE INDEX "IX_IndicatorSnapshots_Level_UnitId_Year_Indicator_Breakdown" ON "IndicatorSnapshots" ("Level", "UnitId", "Year", "Indicator", "Breakdown");

CREATE INDEX "IX_IndicatorSnapshots_MunicipalityId_Year_Level" ON "IndicatorSnapshots" ("MunicipalityId", "Year", "Level");

CREATE INDEX "IX_IndicatorSnapshots_RegionId_Year_Level" ON "IndicatorSnapshots" ("RegionId", "Year", "Level");

CREATE INDEX "IX_IndicatorSnapshots_Year_Indicator_Level" ON "IndicatorSnapshots" ("Year", "Indicator", "Level");

CREATE UNIQUE INDEX "IX_IndicatorTargets_RegionId_Indicator_Year" ON "IndicatorTargets" ("RegionId", "Indicator", "Year");

CREATE INDEX "IX_InformingRecords_MenteeId" ON "InformingRecords" ("MenteeId");

CREATE INDEX "IX_InformingRecords_ProgrammeId_InformedOn" ON "InformingRecords" ("ProgrammeId", "InformedOn");

CREATE INDEX "IX_IntermediateResults_GroupId" ON "IntermediateResults" ("GroupId");

CREATE INDEX "IX_IntermediateResults_MenteePersonId" ON "IntermediateResults" ("MenteePersonId");

CREATE INDEX "IX_JobRuns_RequestedAt" ON "JobRuns" ("RequestedAt");

CREATE INDEX "IX_Meetings_GroupId_At" ON "Meetings" ("GroupId", "At");

CREATE INDEX "IX_MenteeRequests_MenteeId" ON "MenteeRequests" ("MenteeId");

CREATE UNIQUE INDEX "IX_MenteeRequestTags_RequestId_Tag" ON "MenteeRequestTags" ("RequestId", "Tag");

CREATE INDEX "IX_MenteeRequestTags_Tag" ON "MenteeRequestTags" ("Tag");

CREATE INDEX "IX_Mentees_PersonId" ON "Mentees" ("PersonId");

CREATE UNIQUE INDEX "IX_Mentees_ProgrammeId_PersonId" ON "Mentees" ("ProgrammeId", "PersonId");

CREATE INDEX "IX_MentorCandidates_PersonId" ON "MentorCandidates" ("PersonId");

CREATE UNIQUE INDEX "IX_MentorCandidates_ProgrammeId_PersonId" ON "MentorCandidates" ("ProgrammeId", "PersonId");

CREATE UNIQUE INDEX "IX_MentorCompetences_MentorId_Tag" ON "MentorCompetences" ("MentorId", "Tag");

CREATE INDEX "IX_MentorCompetences_Tag" ON "MentorCompetences" ("Tag");

CREATE INDEX "IX_MentoringGroups_ProgrammeId_Status" ON "MentoringGroups" ("ProgrammeId", "Status");

CREATE INDEX "IX_MentoringGroups_StartedAt_EndedAt" ON "MentoringGroups" ("StartedAt", "EndedAt");

CREATE INDEX "IX_Mentors_CandidateId" ON "Mentors" ("CandidateId");

CREATE INDEX "IX_Mentors_PersonId" ON "Mentors" ("PersonId");

CREATE UNIQUE INDEX "IX_Mentors_ProgrammeId_PersonId" ON "Mentors" ("ProgrammeId", "PersonId");

CREATE INDEX "IX_MentorTrainings_CandidateId" ON "MentorTrainings" ("CandidateId");

CREATE UNIQUE INDEX "IX_Municipalities_Oktmo" ON "Municipalities" ("Oktmo");

CREATE INDEX "IX_Municipalities_RegionId_Name" ON "Municipalities" ("RegionId", "Name");

CREATE INDEX "IX_NormativeDocuments_ProgrammeId_Kind" ON "NormativeDocuments" ("ProgrammeId", "Kind");

CREATE INDEX "IX_Notes_AuthorPersonId" ON "Notes" ("AuthorPersonId");

CREATE INDEX "IX_Notes_GroupId_WrittenAt" ON "Notes" ("GroupId", "WrittenAt");

CREATE UNIQUE INDEX "IX_Organizations_Inn" ON "Organizations" ("Inn");

CREATE INDEX "IX_Organizations_MunicipalityId_Kind" ON "Organizations" ("MunicipalityId", "Kind");

CREATE INDEX "IX_Organizations_NameNormalized" ON "Organizations" ("NameNormalized");

CREATE INDEX "IX_People_OrganizationId_Category" ON "People" ("OrganizationId", "Category");

CREATE INDEX "IX_People_OrganizationId_LastName_FirstName" ON "People" ("OrganizationId", "LastName", "FirstName");

CREATE UNIQUE INDEX "IX_PersonExternalIds_ClientId_ExternalId" ON "PersonExternalIds" ("ClientId", "ExternalId");

CREATE INDEX "IX_PersonExternalIds_PersonId" ON "PersonExternalIds" ("PersonId");

CREATE UNIQUE INDEX "IX_ProgrammeFormats_ProgrammeId_Format" ON "ProgrammeFormats" ("ProgrammeId", "Format");

CREATE UNIQUE INDEX "IX_ProgrammeForms_ProgrammeId_Form" ON "ProgrammeForms" ("ProgrammeId", "Form");

CREATE INDEX "IX_ProgrammePartners_OrganizationId" ON "ProgrammePartners" ("OrganizationId");

CREATE UNIQUE INDEX "IX_ProgrammePartners_ProgrammeId_OrganizationId" ON "ProgrammePartners" ("ProgrammeId", "OrganizationId");

CREATE INDEX "IX_Programmes_IsPublished_Status" ON "Programmes" ("IsPublished", "Status");

CREATE INDEX "IX_Programmes_OrganizationId_StartYear" ON "Programmes" ("OrganizationId", "StartYear");

CREATE INDEX "IX_ProgrammeTasks_ProgrammeId" ON "ProgrammeTasks" ("ProgrammeId");

CREATE INDEX "IX_Publications_Date" ON "Publications" ("Date");

CREATE INDEX "IX_Publications_PersonId" ON "Publications" ("PersonId");

CREATE UNIQUE INDEX "IX_RegionRuns_JobRunId_RegionId" ON "RegionRuns" ("JobRunId", "RegionId");

CREATE INDEX "IX_RegionRuns_RegionId_Status" ON "RegionRuns" ("RegionId", "Status");

CREATE UNIQUE INDEX "IX_Regions_Code" ON "Regions" ("Code");

CREATE INDEX "IX_RoadmapItems_RoadmapId_Deadline" ON "RoadmapItems" ("RoadmapId", "Deadline");

CREATE INDEX "IX_RoadmapItems_Status_Deadline" ON "RoadmapItems" ("Status", "Deadline");

CREATE INDEX "IX_Roadmaps_MunicipalityId_AcademicYear" ON "Roadmaps" ("MunicipalityId", "AcademicYear");

CREATE INDEX "IX_Roadmaps_OrganizationId_AcademicYear" ON "Roadmaps" ("OrganizationId", "AcademicYear");

CREATE INDEX "IX_StageTransitions_ProgrammeId_At" ON "StageTransitions" ("ProgrammeId", "At");

CREATE UNIQUE INDEX "IX_StaleGroups_GroupId" ON "StaleGroups" ("GroupId");

CREATE INDEX "IX_StaleGroups_OrganizationId_DaysWithoutMeeting" ON "StaleGroups" ("OrganizationId", "DaysWithoutMeeting");

CREATE INDEX "IX_SuccessCases_GroupId" ON "SuccessCases" ("GroupId");

CREATE INDEX "IX_SuccessCases_IsPublished_PublishedAt" ON "SuccessCases" ("IsPublished", "PublishedAt");

CREATE INDEX "IX_SuccessCases_ProgrammeId" ON "SuccessCases" ("ProgrammeId");

CREATE INDEX "IX_SurveyAnswers_OptionId" ON "SurveyAnswers" ("OptionId");

CREATE INDEX "IX_SurveyAnswers_QuestionId" ON "SurveyAnswers" ("QuestionId");

CREATE UNIQUE INDEX "IX_SurveyAnswers_ResponseId_QuestionId" ON "SurveyAnswers" ("ResponseId", "QuestionId");

CREATE UNIQUE INDEX "IX_SurveyQuestionOptions_QuestionId_Order" ON "SurveyQuestionOptions" ("QuestionId", "Order");

CREATE UNIQUE INDEX "IX_SurveyQuestions_TemplateId_Order" ON "SurveyQuestions" ("TemplateId", "Order");

CREATE INDEX "IX_SurveyResponses_GroupId" ON "SurveyResponses" ("GroupId");

CREATE INDEX "IX_SurveyResponses_ProgrammeId" ON "SurveyResponses" ("ProgrammeId");

CREATE INDEX "IX_SurveyResponses_RespondentPersonId" ON "SurveyResponses" ("RespondentPersonId");

CREATE UNIQUE INDEX "IX_SurveyResponses_TemplateId_ProgrammeId_GroupId_RespondentPersonId" ON "SurveyResponses" ("TemplateId", "ProgrammeId", "GroupId", "RespondentPersonId");

CREATE INDEX "IX_SurveyTemplates_ProgrammeId_Role_Point" ON "SurveyTemplates" ("ProgrammeId", "Role", "Point");

CREATE INDEX "IX_TeamMembers_PersonId" ON "TeamMembers" ("PersonId");

CREATE INDEX "IX_TeamMembers_ProgrammeId_Role" ON "TeamMembers" ("ProgrammeId", "Role");

CREATE INDEX "IX_Trainings_CompletedAt" ON "Trainings" ("CompletedAt");

CREATE INDEX "IX_Trainings_PersonId" ON "Trainings" ("PersonId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261122164357_Initial', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "RegionRuns" ADD "LeaseExpiresAt" INTEGER NULL;

ALTER TABLE "RegionRuns" ADD "LeaseId" TEXT NULL;

CREATE TABLE "MonitoringChanges" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MonitoringChanges" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "MunicipalityId" TEXT NOT NULL,
    "RegionId" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Cause" TEXT NOT NULL,
    "GroupId" TEXT NULL,
    "ChangedAt" INTEGER NOT NULL
);

CREATE INDEX "IX_MonitoringChanges_MunicipalityId_Year" ON "MonitoringChanges" ("MunicipalityId", "Year");

CREATE INDEX "IX_MonitoringChanges_OrganizationId_Year" ON "MonitoringChanges" ("OrganizationId", "Year");

CREATE INDEX "IX_MonitoringChanges_RegionId_Year" ON "MonitoringChanges" ("RegionId", "Year");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203073645_RegionLeasesAndMonitoringChanges', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Regions" ADD "TimeZone" TEXT NOT NULL DEFAULT 'Europe/Moscow';

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203101055_RegionTimeZone', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Consents" ADD "CoSignedBySubject" INTEGER NOT NULL DEFAULT 0;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203101506_ConsentCoSignature', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "IndicatorTargets" ADD "IsCount" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "IndicatorTargets" ADD "MunicipalityId" TEXT NULL;

ALTER TABLE "IndicatorSnapshots" ADD "NotPlaced" INTEGER NULL;

ALTER TABLE "HeadCounts" ADD "AdditionalEducationPupilsMentored" INTEGER NOT NULL DEFAULT 0;

UPDATE "IndicatorTargets" SET "IsCount" = 0, "MunicipalityId" = NULL
WHERE "Id" = '00000000-0000-7000-8000-000100002019';
SELECT changes();


UPDATE "IndicatorTargets" SET "IsCount" = 0, "MunicipalityId" = NULL
WHERE "Id" = '00000000-0000-7000-8000-000100002020';
SELECT changes();


UPDATE "IndicatorTargets" SET "IsCount" = 0, "MunicipalityId" = NULL
WHERE "Id" = '00000000-0000-7000-8000-000100002021';
SELECT changes();


UPDATE "IndicatorTargets" SET "IsCount" = 0, "MunicipalityId" = NULL
WHERE "Id" = '00000000-0000-7000-8000-000100002022';
SELECT changes();


UPDATE "IndicatorTargets" SET "IsCount" = 0, "MunicipalityId" = NULL
WHERE "Id" = '00000000-0000-7000-8000-000100002023';
SELECT changes();


UPDATE "IndicatorTargets" SET "IsCount" = 0, "MunicipalityId" = NULL
WHERE "Id" = '00000000-0000-7000-8000-000100002024';
SELECT changes();


UPDATE "IndicatorTargets" SET "IsCount" = 0, "MunicipalityId" = NULL
WHERE "Id" = '00000000-0000-7000-8000-000200002021';
SELECT changes();


UPDATE "IndicatorTargets" SET "IsCount" = 0, "MunicipalityId" = NULL
WHERE "Id" = '00000000-0000-7000-8000-000200002022';
SELECT changes();


UPDATE "IndicatorTargets" SET "IsCount" = 0, "MunicipalityId" = NULL
WHERE "Id" = '00000000-0000-7000-8000-000200002023';
SELECT changes();


UPDATE "IndicatorTargets" SET "IsCount" = 0, "MunicipalityId" = NULL
WHERE "Id" = '00000000-0000-7000-8000-000200002024';
SELECT changes();


UPDATE "IndicatorTargets" SET "IsCount" = 0, "MunicipalityId" = NULL
WHERE "Id" = '00000000-0000-7000-8000-000300002024';
SELECT changes();


UPDATE "IndicatorTargets" SET "IsCount" = 0, "MunicipalityId" = NULL
WHERE "Id" = '00000000-0000-7000-8000-000400002021';
SELECT changes();


UPDATE "IndicatorTargets" SET "IsCount" = 0, "MunicipalityId" = NULL
WHERE "Id" = '00000000-0000-7000-8000-000400002022';
SELECT changes();


UPDATE "IndicatorTargets" SET "IsCount" = 0, "MunicipalityId" = NULL
WHERE "Id" = '00000000-0000-7000-8000-000400002023';
SELECT changes();


UPDATE "IndicatorTargets" SET "IsCount" = 0, "MunicipalityId" = NULL
WHERE "Id" = '00000000-0000-7000-8000-000400002024';
SELECT changes();


UPDATE "IndicatorTargets" SET "IsCount" = 0, "MunicipalityId" = NULL
WHERE "Id" = '00000000-0000-7000-8000-000500002024';
SELECT changes();


UPDATE "IndicatorTargets" SET "IsCount" = 1, "MunicipalityId" = NULL
WHERE "Id" = '00000000-0000-7000-8000-000600002021';
SELECT changes();


UPDATE "IndicatorTargets" SET "IsCount" = 1, "MunicipalityId" = NULL
WHERE "Id" = '00000000-0000-7000-8000-000600002022';
SELECT changes();


UPDATE "IndicatorTargets" SET "IsCount" = 1, "MunicipalityId" = NULL
WHERE "Id" = '00000000-0000-7000-8000-000600002023';
SELECT changes();


UPDATE "IndicatorTargets" SET "IsCount" = 1, "MunicipalityId" = NULL
WHERE "Id" = '00000000-0000-7000-8000-000600002024';
SELECT changes();


CREATE UNIQUE INDEX "IX_IndicatorTargets_MunicipalityId_Indicator_Year" ON "IndicatorTargets" ("MunicipalityId", "Indicator", "Year");

CREATE TABLE "ef_temp_IndicatorTargets" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_IndicatorTargets" PRIMARY KEY,
    "Created" INTEGER NOT NULL,
    "CreatedBy" TEXT NULL,
    "Indicator" TEXT NOT NULL,
    "IsCount" INTEGER NOT NULL,
    "LastModified" INTEGER NOT NULL,
    "LastModifiedBy" TEXT NULL,
    "MunicipalityId" TEXT NULL,
    "RegionId" TEXT NULL,
    "Value" REAL NOT NULL,
    "Version" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    CONSTRAINT "FK_IndicatorTargets_Municipalities_MunicipalityId" FOREIGN KEY ("MunicipalityId") REFERENCES "Municipalities" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_IndicatorTargets_Regions_RegionId" FOREIGN KEY ("RegionId") REFERENCES "Regions" ("Id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_IndicatorTargets" ("Id", "Created", "CreatedBy", "Indicator", "IsCount", "LastModified", "LastModifiedBy", "MunicipalityId", "RegionId", "Value", "Version", "Year")
SELECT "Id", "Created", "CreatedBy", "Indicator", "IsCount", "LastModified", "LastModifiedBy", "MunicipalityId", "RegionId", "Value", "Version", "Year"
FROM "IndicatorTargets";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "IndicatorTargets";

ALTER TABLE "ef_temp_IndicatorTargets" RENAME TO "IndicatorTargets";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE UNIQUE INDEX "IX_IndicatorTargets_MunicipalityId_Indicator_Year" ON "IndicatorTargets" ("MunicipalityId", "Indicator", "Year");

CREATE UNIQUE INDEX "IX_IndicatorTargets_RegionId_Indicator_Year" ON "IndicatorTargets" ("RegionId", "Indicator", "Year");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203125230_TargetsMunicipalTargetsAndPopulations', '10.0.14');

BEGIN TRANSACTION;
ALTER TABLE "Programmes" ADD "SearchStems" TEXT NOT NULL DEFAULT '';

CREATE VIRTUAL TABLE "ProgrammeSearch" USING fts5("ProgrammeId" UNINDEXED, "Stems", tokenize = 'unicode61 remove_diacritics 0');

INSERT INTO "ProgrammeSearch" ("ProgrammeId", "Stems") SELECT "Id", "SearchStems" FROM "Programmes";

CREATE TRIGGER "Programmes_search_insert" AFTER INSERT ON "Programmes" BEGIN
    INSERT INTO "ProgrammeSearch" ("ProgrammeId", "Stems") VALUES (new."Id", new."SearchStems");
END;

CREATE TRIGGER "Programmes_search_update" AFTER UPDATE OF "SearchStems" ON "Programmes" BEGIN
    DELETE FROM "ProgrammeSearch" WHERE "ProgrammeId" = old."Id";
    INSERT INTO "ProgrammeSearch" ("ProgrammeId", "Stems") VALUES (new."Id", new."SearchStems");
END;

CREATE TRIGGER "Programmes_search_delete" AFTER DELETE ON "Programmes" BEGIN
    DELETE FROM "ProgrammeSearch" WHERE "ProgrammeId" = old."Id";
END;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203125409_SearchFullText', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
DROP TABLE "CriterionAnswers";

CREATE TABLE "CriterionIndicatorSnapshots" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CriterionIndicatorSnapshots" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Indicator" TEXT NOT NULL,
    "Value" REAL NULL,
    "Level" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "Distribution" TEXT NULL,
    "Inputs" TEXT NULL,
    "ComputedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_CriterionIndicatorSnapshots_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "LearningDynamicsReports" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_LearningDynamicsReports" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "PersonId" TEXT NOT NULL,
    "Dynamics" TEXT NOT NULL,
    "PeriodFrom" TEXT NOT NULL,
    "PeriodTo" TEXT NOT NULL,
    "RecordedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_LearningDynamicsReports_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_LearningDynamicsReports_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "MentorshipContestReports" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MentorshipContestReports" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Participated" INTEGER NOT NULL,
    "ContestName" TEXT NULL,
    "RecordedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_MentorshipContestReports_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "TeacherQuestionnaires" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_TeacherQuestionnaires" PRIMARY KEY,
    "OrganizationId" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "OpenedAt" INTEGER NOT NULL,
    "ClosedAt" INTEGER NULL,
    CONSTRAINT "FK_TeacherQuestionnaires_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "QuestionnaireAnswers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_QuestionnaireAnswers" PRIMARY KEY,
    "QuestionnaireId" TEXT NOT NULL,
    "PersonId" TEXT NULL,
    "DeficitConditions" TEXT NULL,
    "MaterialMotivation" TEXT NULL,
    "NonMaterialMotivation" TEXT NULL,
    "AnsweredAt" INTEGER NOT NULL,
    CONSTRAINT "FK_QuestionnaireAnswers_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_QuestionnaireAnswers_TeacherQuestionnaires_QuestionnaireId" FOREIGN KEY ("QuestionnaireId") REFERENCES "TeacherQuestionnaires" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_CriterionIndicatorSnapshots_OrganizationId_Year_Indicator" ON "CriterionIndicatorSnapshots" ("OrganizationId", "Year", "Indicator");

CREATE INDEX "IX_CriterionIndicatorSnapshots_Year_Indicator" ON "CriterionIndicatorSnapshots" ("Year", "Indicator");

CREATE INDEX "IX_LearningDynamicsReports_OrganizationId_Year" ON "LearningDynamicsReports" ("OrganizationId", "Year");

CREATE UNIQUE INDEX "IX_LearningDynamicsReports_PersonId_Year" ON "LearningDynamicsReports" ("PersonId", "Year");

CREATE UNIQUE INDEX "IX_MentorshipContestReports_OrganizationId_Year" ON "MentorshipContestReports" ("OrganizationId", "Year");

CREATE INDEX "IX_QuestionnaireAnswers_PersonId" ON "QuestionnaireAnswers" ("PersonId");

CREATE UNIQUE INDEX "IX_QuestionnaireAnswers_QuestionnaireId_PersonId" ON "QuestionnaireAnswers" ("QuestionnaireId", "PersonId");

CREATE UNIQUE INDEX "IX_TeacherQuestionnaires_OrganizationId_Year" ON "TeacherQuestionnaires" ("OrganizationId", "Year");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203130937_CriteriaIndicators', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "ReportingRequests" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ReportingRequests" PRIMARY KEY,
    "RegionId" TEXT NOT NULL,
    "MunicipalityId" TEXT NULL,
    "Year" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Deadline" TEXT NOT NULL,
    "Sections" TEXT NOT NULL,
    "SentAt" INTEGER NOT NULL,
    "IsOverdue" INTEGER NOT NULL,
    "Created" INTEGER NOT NULL,
    "CreatedBy" TEXT NULL,
    "LastModified" INTEGER NOT NULL,
    "LastModifiedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_ReportingRequests_Municipalities_MunicipalityId" FOREIGN KEY ("MunicipalityId") REFERENCES "Municipalities" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ReportingRequests_Regions_RegionId" FOREIGN KEY ("RegionId") REFERENCES "Regions" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ReportingReminders" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ReportingReminders" PRIMARY KEY,
    "RequestId" TEXT NOT NULL,
    "OrganizationId" TEXT NOT NULL,
    "Day" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    CONSTRAINT "FK_ReportingReminders_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ReportingReminders_ReportingRequests_RequestId" FOREIGN KEY ("RequestId") REFERENCES "ReportingRequests" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ReportingResponses" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ReportingResponses" PRIMARY KEY,
    "RequestId" TEXT NOT NULL,
    "OrganizationId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "IsOverdue" INTEGER NOT NULL,
    "SubmittedAt" INTEGER NULL,
    "SubmittedBy" TEXT NULL,
    "Submissions" INTEGER NOT NULL,
    "ReturnedAt" INTEGER NULL,
    "ReturnComment" TEXT NULL,
    "AcceptedAt" INTEGER NULL,
    "AdditionalEducation_Enrolled" INTEGER NULL,
    "AdditionalEducation_Mentees" INTEGER NULL,
    "Contests_MunicipalLevelParticipations" INTEGER NULL,
    "Contests_SchoolLevelParticipations" INTEGER NULL,
    "Contests_YoungSpecialists" INTEGER NULL,
    "Dissemination_DppCourses" INTEGER NULL,
    "Dissemination_FederalLevel" INTEGER NULL,
    "Dissemination_MentorsTrained" INTEGER NULL,
    "Dissemination_MentorshipContestParticipation" INTEGER NULL,
    "Dissemination_MunicipalLevel" INTEGER NULL,
    "Dissemination_OrganizationLevel" INTEGER NULL,
    "Dissemination_RegionalLevel" INTEGER NULL,
    "HeadCounts_PupilsInAgeBand" INTEGER NULL,
    "HeadCounts_PupilsTotal" INTEGER NULL,
    "HeadCounts_TeachersTotal" INTEGER NULL,
    "HeadCounts_TeachersUnder35" INTEGER NULL,
    "HeadCounts_YoungSpecialists" INTEGER NULL,
    "LearningDynamics_Negative" INTEGER NULL,
    "LearningDynamics_Positive" INTEGER NULL,
    "LearningDynamics_Stable" INTEGER NULL,
    "Retention_Teachers" INTEGER NULL,
    "Retention_TeachersUnder3YearsInOrganization" INTEGER NULL,
    "Retention_YoungSpecialistsHired" INTEGER NULL,
    "Retention_YoungSpecialistsRetained" INTEGER NULL,
    "Created" INTEGER NOT NULL,
    "CreatedBy" TEXT NULL,
    "LastModified" INTEGER NOT NULL,
    "LastModifiedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_ReportingResponses_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ReportingResponses_ReportingRequests_RequestId" FOREIGN KEY ("RequestId") REFERENCES "ReportingRequests" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ReportingReminders_OrganizationId" ON "ReportingReminders" ("OrganizationId");

CREATE UNIQUE INDEX "IX_ReportingReminders_RequestId_OrganizationId_Day" ON "ReportingReminders" ("RequestId", "OrganizationId", "Day");

CREATE INDEX "IX_ReportingRequests_IsOverdue_Deadline" ON "ReportingRequests" ("IsOverdue", "Deadline");

CREATE INDEX "IX_ReportingRequests_MunicipalityId_Year" ON "ReportingRequests" ("MunicipalityId", "Year");

CREATE INDEX "IX_ReportingRequests_RegionId_Year" ON "ReportingRequests" ("RegionId", "Year");

CREATE INDEX "IX_ReportingResponses_OrganizationId_Status" ON "ReportingResponses" ("OrganizationId", "Status");

CREATE UNIQUE INDEX "IX_ReportingResponses_RequestId_OrganizationId" ON "ReportingResponses" ("RequestId", "OrganizationId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203132103_ReportingRequests', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "ReportingResponses" ADD "Dissemination_Mentors" INTEGER NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203141755_ReportedMentors', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "People" ADD "Snils" TEXT NULL;

CREATE TABLE "PersonAffiliations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PersonAffiliations" PRIMARY KEY,
    "PersonId" TEXT NOT NULL,
    "OrganizationId" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "From" TEXT NOT NULL,
    "To" TEXT NULL,
    CONSTRAINT "FK_PersonAffiliations_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PersonAffiliations_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_People_Snils" ON "People" ("Snils");

CREATE INDEX "IX_PersonAffiliations_OrganizationId" ON "PersonAffiliations" ("OrganizationId");

CREATE UNIQUE INDEX "IX_PersonAffiliations_PersonId_OrganizationId_Role_From" ON "PersonAffiliations" ("PersonId", "OrganizationId", "Role", "From");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203154959_PeopleAffiliationsSnils', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Mentors" ADD "TrainingExceptionReason" TEXT NULL;

ALTER TABLE "MentoringGroups" ADD "Deficit" TEXT NULL;

ALTER TABLE "MentoringGroups" ADD "TeacherElement" TEXT NULL;

CREATE TABLE "MunicipalMentors" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MunicipalMentors" PRIMARY KEY,
    "MunicipalityId" TEXT NOT NULL,
    "PersonId" TEXT NOT NULL,
    "OrganizationId" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "Capacity" INTEGER NOT NULL,
    "AgreedAt" TEXT NOT NULL,
    "TrainingExceptionReason" TEXT NULL,
    "IsActive" INTEGER NOT NULL,
    "Created" INTEGER NOT NULL,
    "CreatedBy" TEXT NULL,
    "LastModified" INTEGER NOT NULL,
    "LastModifiedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_MunicipalMentors_Municipalities_MunicipalityId" FOREIGN KEY ("MunicipalityId") REFERENCES "Municipalities" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_MunicipalMentors_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_MunicipalMentors_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "MunicipalMentorCompetences" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MunicipalMentorCompetences" PRIMARY KEY,
    "MunicipalMentorId" TEXT NOT NULL,
    "Tag" TEXT NOT NULL,
    CONSTRAINT "FK_MunicipalMentorCompetences_MunicipalMentors_MunicipalMentorId" FOREIGN KEY ("MunicipalMentorId") REFERENCES "MunicipalMentors" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_MunicipalMentorCompetences_MunicipalMentorId_Tag" ON "MunicipalMentorCompetences" ("MunicipalMentorId", "Tag");

CREATE INDEX "IX_MunicipalMentorCompetences_Tag" ON "MunicipalMentorCompetences" ("Tag");

CREATE INDEX "IX_MunicipalMentors_MunicipalityId_OrganizationId" ON "MunicipalMentors" ("MunicipalityId", "OrganizationId");

CREATE UNIQUE INDEX "IX_MunicipalMentors_MunicipalityId_PersonId" ON "MunicipalMentors" ("MunicipalityId", "PersonId");

CREATE INDEX "IX_MunicipalMentors_OrganizationId" ON "MunicipalMentors" ("OrganizationId");

CREATE INDEX "IX_MunicipalMentors_PersonId" ON "MunicipalMentors" ("PersonId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203155717_BankMunicipalMentorBank', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "NormativeDocuments" RENAME COLUMN "Url" TO "FileReference";

ALTER TABLE "NormativeDocuments" ADD "ApprovedBy" TEXT NULL;

ALTER TABLE "NormativeDocuments" ADD "Created" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "NormativeDocuments" ADD "CreatedBy" TEXT NULL;

ALTER TABLE "NormativeDocuments" ADD "LastModified" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "NormativeDocuments" ADD "LastModifiedBy" TEXT NULL;

ALTER TABLE "NormativeDocuments" ADD "Version" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "OfficialDocuments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_OfficialDocuments" PRIMARY KEY,
    "Level" TEXT NOT NULL,
    "OrganizationId" TEXT NULL,
    "MunicipalityId" TEXT NULL,
    "Created" INTEGER NOT NULL,
    "CreatedBy" TEXT NULL,
    "LastModified" INTEGER NOT NULL,
    "LastModifiedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Number" TEXT NULL,
    "Date" TEXT NOT NULL,
    "Title" TEXT NULL,
    "FileReference" TEXT NULL,
    "ApprovedBy" TEXT NULL,
    CONSTRAINT "CK_OfficialDocuments_Owner" CHECK (("OrganizationId" IS NOT NULL AND "MunicipalityId" IS NULL) OR ("OrganizationId" IS NULL AND "MunicipalityId" IS NOT NULL)),
    CONSTRAINT "FK_OfficialDocuments_Municipalities_MunicipalityId" FOREIGN KEY ("MunicipalityId") REFERENCES "Municipalities" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_OfficialDocuments_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_OfficialDocuments_MunicipalityId_Kind" ON "OfficialDocuments" ("MunicipalityId", "Kind");

CREATE INDEX "IX_OfficialDocuments_OrganizationId_Kind" ON "OfficialDocuments" ("OrganizationId", "Kind");

CREATE TABLE "ef_temp_NormativeDocuments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_NormativeDocuments" PRIMARY KEY,
    "ApprovedBy" TEXT NULL,
    "Created" INTEGER NOT NULL,
    "CreatedBy" TEXT NULL,
    "Date" TEXT NOT NULL,
    "FileReference" TEXT NULL,
    "Kind" TEXT NOT NULL,
    "LastModified" INTEGER NOT NULL,
    "LastModifiedBy" TEXT NULL,
    "Number" TEXT NULL,
    "ProgrammeId" TEXT NOT NULL,
    "Title" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_NormativeDocuments_Programmes_ProgrammeId" FOREIGN KEY ("ProgrammeId") REFERENCES "Programmes" ("Id") ON DELETE CASCADE
);

INSERT INTO "ef_temp_NormativeDocuments" ("Id", "ApprovedBy", "Created", "CreatedBy", "Date", "FileReference", "Kind", "LastModified", "LastModifiedBy", "Number", "ProgrammeId", "Title", "Version")
SELECT "Id", "ApprovedBy", "Created", "CreatedBy", "Date", "FileReference", "Kind", "LastModified", "LastModifiedBy", "Number", "ProgrammeId", "Title", "Version"
FROM "NormativeDocuments";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "NormativeDocuments";

ALTER TABLE "ef_temp_NormativeDocuments" RENAME TO "NormativeDocuments";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE INDEX "IX_NormativeDocuments_ProgrammeId_Kind" ON "NormativeDocuments" ("ProgrammeId", "Kind");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203155723_DocsDocumentsAndPartners', '10.0.14');

BEGIN TRANSACTION;
DROP INDEX "IX_RoadmapItems_RoadmapId_Deadline";

DROP INDEX "IX_RoadmapItems_Status_Deadline";

ALTER TABLE "Roadmaps" ADD "EndYear" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Roadmaps" ADD "ReturnComment" TEXT NULL;

ALTER TABLE "Roadmaps" ADD "ReturnedOn" TEXT NULL;

ALTER TABLE "Roadmaps" ADD "StartYear" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Roadmaps" ADD "Status" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Roadmaps" ADD "SubmittedOn" TEXT NULL;

ALTER TABLE "RoadmapItems" ADD "DueDate" TEXT NULL;

ALTER TABLE "RoadmapItems" ADD "Number" TEXT NOT NULL DEFAULT '';

ALTER TABLE "RoadmapItems" ADD "OccurrencesDone" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "RoadmapItems" ADD "Place" TEXT NULL;

ALTER TABLE "RoadmapItems" ADD "PlannedResult" TEXT NULL;

ALTER TABLE "RoadmapItems" ADD "ScheduleKind" TEXT NOT NULL DEFAULT '';

ALTER TABLE "RoadmapItems" ADD "ScheduleMonth" INTEGER NULL;

ALTER TABLE "RoadmapItems" ADD "SortKey" TEXT NOT NULL DEFAULT '';

ALTER TABLE "RoadmapItems" ADD "Term" TEXT NULL;

UPDATE "Roadmaps" SET "StartYear" = "AcademicYear", "EndYear" = "AcademicYear" + 1
WHERE "StartYear" = 0 AND "AcademicYear" IS NOT NULL;

UPDATE "Roadmaps" SET "Status" = CASE WHEN "ApprovedAt" IS NULL THEN 'Draft' ELSE 'Approved' END
WHERE "Status" = '';

UPDATE "RoadmapItems" SET "ScheduleKind" = 'Date', "DueDate" = "Deadline"
WHERE "ScheduleKind" = '';

UPDATE "RoadmapItems" SET "Number" = n.stage || '.' || n.position,
    "SortKey" = substr('000' || n.stage, -3) || '.' || substr('000' || n.position, -3)
FROM (SELECT "Id", CASE "Stage" WHEN 'AnalyticalConceptual' THEN 1 WHEN 'OrganisationalPreparatory' THEN 2 ELSE 3 END AS stage,
             ROW_NUMBER() OVER (PARTITION BY "RoadmapId", "Stage" ORDER BY "Deadline", "Id") AS position
      FROM "RoadmapItems") AS n
WHERE "RoadmapItems"."Id" = n."Id" AND "RoadmapItems"."SortKey" = '';

CREATE INDEX "IX_Roadmaps_Status_StartYear" ON "Roadmaps" ("Status", "StartYear");

CREATE UNIQUE INDEX "IX_RoadmapItems_RoadmapId_SortKey" ON "RoadmapItems" ("RoadmapId", "SortKey");

CREATE INDEX "IX_RoadmapItems_Status_DueDate" ON "RoadmapItems" ("Status", "DueDate");

CREATE TABLE "ef_temp_Roadmaps" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Roadmaps" PRIMARY KEY,
    "AcademicYear" INTEGER NULL,
    "ApprovedAt" INTEGER NULL,
    "ApprovedBy" TEXT NULL,
    "Created" INTEGER NOT NULL,
    "CreatedBy" TEXT NULL,
    "EndYear" INTEGER NOT NULL,
    "LastModified" INTEGER NOT NULL,
    "LastModifiedBy" TEXT NULL,
    "MunicipalityId" TEXT NULL,
    "OrganizationId" TEXT NULL,
    "ReturnComment" TEXT NULL,
    "ReturnedOn" TEXT NULL,
    "StartYear" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "SubmittedOn" TEXT NULL,
    "Title" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Roadmaps_Municipalities_MunicipalityId" FOREIGN KEY ("MunicipalityId") REFERENCES "Municipalities" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Roadmaps_Organizations_OrganizationId" FOREIGN KEY ("OrganizationId") REFERENCES "Organizations" ("Id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_Roadmaps" ("Id", "AcademicYear", "ApprovedAt", "ApprovedBy", "Created", "CreatedBy", "EndYear", "LastModified", "LastModifiedBy", "MunicipalityId", "OrganizationId", "ReturnComment", "ReturnedOn", "StartYear", "Status", "SubmittedOn", "Title", "Version")
SELECT "Id", "AcademicYear", "ApprovedAt", "ApprovedBy", "Created", "CreatedBy", "EndYear", "LastModified", "LastModifiedBy", "MunicipalityId", "OrganizationId", "ReturnComment", "ReturnedOn", "StartYear", "Status", "SubmittedOn", "Title", "Version"
FROM "Roadmaps";

CREATE TABLE "ef_temp_RoadmapItems" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_RoadmapItems" PRIMARY KEY,
    "CompletedOn" TEXT NULL,
    "Deadline" TEXT NULL,
    "DueDate" TEXT NULL,
    "IsOverdue" INTEGER NOT NULL,
    "Number" TEXT NOT NULL,
    "OccurrencesDone" INTEGER NOT NULL,
    "Place" TEXT NULL,
    "PlannedResult" TEXT NULL,
    "Responsible" TEXT NULL,
    "Result" TEXT NULL,
    "RoadmapId" TEXT NOT NULL,
    "ScheduleKind" TEXT NOT NULL,
    "ScheduleMonth" INTEGER NULL,
    "SortKey" TEXT NOT NULL,
    "Stage" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Term" TEXT NULL,
    "Title" TEXT NOT NULL,
    CONSTRAINT "FK_RoadmapItems_Roadmaps_RoadmapId" FOREIGN KEY ("RoadmapId") REFERENCES "Roadmaps" ("Id") ON DELETE CASCADE
);

INSERT INTO "ef_temp_RoadmapItems" ("Id", "CompletedOn", "Deadline", "DueDate", "IsOverdue", "Number", "OccurrencesDone", "Place", "PlannedResult", "Responsible", "Result", "RoadmapId", "ScheduleKind", "ScheduleMonth", "SortKey", "Stage", "Status", "Term", "Title")
SELECT "Id", "CompletedOn", "Deadline", "DueDate", "IsOverdue", "Number", "OccurrencesDone", "Place", "PlannedResult", "Responsible", "Result", "RoadmapId", "ScheduleKind", "ScheduleMonth", "SortKey", "Stage", "Status", "Term", "Title"
FROM "RoadmapItems";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "Roadmaps";

ALTER TABLE "ef_temp_Roadmaps" RENAME TO "Roadmaps";

DROP TABLE "RoadmapItems";

ALTER TABLE "ef_temp_RoadmapItems" RENAME TO "RoadmapItems";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE INDEX "IX_Roadmaps_MunicipalityId_AcademicYear" ON "Roadmaps" ("MunicipalityId", "AcademicYear");

CREATE INDEX "IX_Roadmaps_OrganizationId_AcademicYear" ON "Roadmaps" ("OrganizationId", "AcademicYear");

CREATE INDEX "IX_Roadmaps_Status_StartYear" ON "Roadmaps" ("Status", "StartYear");

CREATE UNIQUE INDEX "IX_RoadmapItems_RoadmapId_SortKey" ON "RoadmapItems" ("RoadmapId", "SortKey");

CREATE INDEX "IX_RoadmapItems_Status_DueDate" ON "RoadmapItems" ("Status", "DueDate");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203155856_RoadmapsSeedLayout', '10.0.14');

BEGIN TRANSACTION;
ALTER TABLE "IdempotencyRecords" ADD "Location" TEXT NULL;

CREATE TABLE "JoinRequests" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_JoinRequests" PRIMARY KEY,
    "ProgrammeId" TEXT NOT NULL,
    "Reference" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "SubmittedAt" INTEGER NOT NULL,
    "ChildLastName" TEXT NOT NULL,
    "ChildFirstName" TEXT NOT NULL,
    "ChildMiddleName" TEXT NULL,
    "ChildBirthDate" TEXT NULL,
    "ChildGrade" INTEGER NULL,
    "RequesterKind" TEXT NOT NULL,
    "RequesterName" TEXT NOT NULL,
    "RequesterEmail" TEXT NULL,
    "RequesterPhone" TEXT NULL,
    "Form" TEXT NULL,
    "Text" TEXT NULL,
    "RepresentativeName" TEXT NOT NULL,
    "ConsentTextVersion" TEXT NOT NULL,
    "HandledAt" INTEGER NULL,
    "HandledBy" TEXT NULL,
    "DeclineReason" TEXT NULL,
    "PersonId" TEXT NULL,
    "MenteeId" TEXT NULL,
    "Created" INTEGER NOT NULL,
    "CreatedBy" TEXT NULL,
    "LastModified" INTEGER NOT NULL,
    "LastModifiedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_JoinRequests_Mentees_MenteeId" FOREIGN KEY ("MenteeId") REFERENCES "Mentees" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_JoinRequests_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_JoinRequests_Programmes_ProgrammeId" FOREIGN KEY ("ProgrammeId") REFERENCES "Programmes" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "ProgrammePublicPages" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ProgrammePublicPages" PRIMARY KEY,
    "ProgrammeId" TEXT NOT NULL,
    "ParentsText" TEXT NULL,
    "PupilsText" TEXT NULL,
    "CuratorMemberId" TEXT NULL,
    "CuratorContactName" TEXT NULL,
    "CuratorWorkEmail" TEXT NULL,
    "CuratorWorkPhone" TEXT NULL,
    "CuratorContactPublished" INTEGER NOT NULL,
    "CuratorContactAgreedAt" INTEGER NULL,
    "CuratorContactWithdrawnAt" INTEGER NULL,
    "Created" INTEGER NOT NULL,
    "CreatedBy" TEXT NULL,
    "LastModified" INTEGER NOT NULL,
    "LastModifiedBy" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_ProgrammePublicPages_Programmes_ProgrammeId" FOREIGN KEY ("ProgrammeId") REFERENCES "Programmes" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_JoinRequests_MenteeId" ON "JoinRequests" ("MenteeId");

CREATE INDEX "IX_JoinRequests_PersonId" ON "JoinRequests" ("PersonId");

CREATE INDEX "IX_JoinRequests_ProgrammeId_Status_SubmittedAt" ON "JoinRequests" ("ProgrammeId", "Status", "SubmittedAt");

CREATE UNIQUE INDEX "IX_JoinRequests_Reference" ON "JoinRequests" ("Reference");

CREATE UNIQUE INDEX "IX_ProgrammePublicPages_ProgrammeId" ON "ProgrammePublicPages" ("ProgrammeId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203163126_ParentsJoinRequests', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE INDEX "IX_Programmes_IsPublished_PublishedAt_Id" ON "Programmes" ("IsPublished", "PublishedAt" DESC, "Id");

CREATE INDEX "IX_Programmes_IsPublished_Title_Id" ON "Programmes" ("IsPublished", "Title", "Id");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203220723_Search2PublicOrderIndexes', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "MatchingRuns" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MatchingRuns" PRIMARY KEY,
    "ProgrammeId" TEXT NOT NULL,
    "ActiveProgrammeId" TEXT NULL,
    "Form" TEXT NULL,
    "MenteePersonId" TEXT NULL,
    "Language" TEXT NOT NULL,
    "RequestedBy" TEXT NULL,
    "RequestedAt" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "Phase" TEXT NOT NULL,
    "Percent" INTEGER NOT NULL,
    "Executions" INTEGER NOT NULL,
    "StartedAt" INTEGER NULL,
    "FinishedAt" INTEGER NULL,
    "HeartbeatAt" INTEGER NOT NULL,
    "Mentors" INTEGER NOT NULL,
    "Mentees" INTEGER NOT NULL,
    "Forms" INTEGER NOT NULL,
    "FormsDone" INTEGER NOT NULL,
    "Proposals" INTEGER NOT NULL,
    "Unmatched" INTEGER NOT NULL,
    "TotalScore" INTEGER NOT NULL,
    "ErrorCode" TEXT NULL,
    "Error" TEXT NULL,
    "Result" TEXT NULL,
    "Stamp" TEXT NOT NULL,
    CONSTRAINT "FK_MatchingRuns_Programmes_ProgrammeId" FOREIGN KEY ("ProgrammeId") REFERENCES "Programmes" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_MatchingRuns_ActiveProgrammeId" ON "MatchingRuns" ("ActiveProgrammeId");

CREATE INDEX "IX_MatchingRuns_ProgrammeId_RequestedAt" ON "MatchingRuns" ("ProgrammeId", "RequestedAt");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203220932_MatchJobMatchingRuns', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
DROP TRIGGER IF EXISTS "Programmes_search_insert";

DROP TRIGGER IF EXISTS "Programmes_search_update";

DROP TRIGGER IF EXISTS "Programmes_search_delete";

CREATE TABLE "ProgrammeSearchKeys" (
    "Key" INTEGER NOT NULL PRIMARY KEY,
    "ProgrammeId" TEXT NOT NULL UNIQUE
);

INSERT INTO "ProgrammeSearchKeys" ("ProgrammeId") SELECT "Id" FROM "Programmes" ORDER BY "Id";

DELETE FROM "ProgrammeSearch";

INSERT INTO "ProgrammeSearch" ("rowid", "ProgrammeId", "Stems")
SELECT k."Key", p."Id", p."SearchStems" FROM "Programmes" AS p JOIN "ProgrammeSearchKeys" AS k ON k."ProgrammeId" = p."Id";

CREATE TRIGGER "Programmes_search_insert" AFTER INSERT ON "Programmes" BEGIN
    INSERT INTO "ProgrammeSearchKeys" ("ProgrammeId") VALUES (new."Id");
    INSERT INTO "ProgrammeSearch" ("rowid", "ProgrammeId", "Stems")
    VALUES ((SELECT "Key" FROM "ProgrammeSearchKeys" WHERE "ProgrammeId" = new."Id"), new."Id", new."SearchStems");
END;

CREATE TRIGGER "Programmes_search_update" AFTER UPDATE OF "SearchStems" ON "Programmes" BEGIN
    UPDATE "ProgrammeSearch" SET "Stems" = new."SearchStems"
    WHERE "rowid" = (SELECT "Key" FROM "ProgrammeSearchKeys" WHERE "ProgrammeId" = old."Id");
END;

CREATE TRIGGER "Programmes_search_delete" AFTER DELETE ON "Programmes" BEGIN
    DELETE FROM "ProgrammeSearch" WHERE "rowid" = (SELECT "Key" FROM "ProgrammeSearchKeys" WHERE "ProgrammeId" = old."Id");
    DELETE FROM "ProgrammeSearchKeys" WHERE "ProgrammeId" = old."Id";
END;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261204220709_SearchRowKeys', '10.0.14');

COMMIT;

