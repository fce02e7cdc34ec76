using Mentorship.Domain.Auditing;
using Mentorship.Domain.Integration;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Mentorship.Domain.Reporting;
using Mentorship.Domain.Roadmaps;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Common.Interfaces;

/// <summary>The sets of the people, programmes, monitoring and roadmaps areas.</summary>
public partial interface IApplicationDbContext
{
    DbSet<Person> People { get; }

    DbSet<PersonExternalId> PersonExternalIds { get; }

    DbSet<Consent> Consents { get; }

    DbSet<Employment> Employments { get; }

    DbSet<ContestParticipation> ContestParticipations { get; }

    DbSet<Publication> Publications { get; }

    DbSet<Training> Trainings { get; }

    DbSet<Programme> Programmes { get; }

    DbSet<ProgrammeForm> ProgrammeForms { get; }

    DbSet<ProgrammeFormat> ProgrammeFormats { get; }

    DbSet<TeamMember> TeamMembers { get; }

    DbSet<ProgrammeTask> ProgrammeTasks { get; }

    DbSet<NormativeDocument> NormativeDocuments { get; }

    DbSet<StageTransition> StageTransitions { get; }

    DbSet<ProgrammePartner> ProgrammePartners { get; }

    DbSet<MentorCandidate> MentorCandidates { get; }

    DbSet<MentorTraining> MentorTrainings { get; }

    DbSet<Mentor> Mentors { get; }

    DbSet<MentorCompetence> MentorCompetences { get; }

    DbSet<Mentee> Mentees { get; }

    DbSet<MenteeRequest> MenteeRequests { get; }

    DbSet<MenteeRequestTag> MenteeRequestTags { get; }

    DbSet<InformingRecord> InformingRecords { get; }

    DbSet<MentoringGroup> MentoringGroups { get; }

    DbSet<GroupMember> GroupMembers { get; }

    DbSet<Goal> Goals { get; }

    DbSet<Meeting> Meetings { get; }

    DbSet<IntermediateResult> IntermediateResults { get; }

    DbSet<Feedback> Feedbacks { get; }

    DbSet<Note> Notes { get; }

    DbSet<SurveyTemplate> SurveyTemplates { get; }

    DbSet<SurveyQuestion> SurveyQuestions { get; }

    DbSet<SurveyQuestionOption> SurveyQuestionOptions { get; }

    DbSet<SurveyResponse> SurveyResponses { get; }

    DbSet<SurveyAnswer> SurveyAnswers { get; }

    DbSet<Award> Awards { get; }

    DbSet<SuccessCase> SuccessCases { get; }

    DbSet<FinalEvent> FinalEvents { get; }

    DbSet<IndicatorSnapshot> IndicatorSnapshots { get; }

    DbSet<IndicatorTarget> IndicatorTargets { get; }

    DbSet<CriterionSnapshot> CriterionSnapshots { get; }

    DbSet<StaleGroup> StaleGroups { get; }

    DbSet<MonitoringChange> MonitoringChanges { get; }

    DbSet<JobRun> JobRuns { get; }

    DbSet<RegionRun> RegionRuns { get; }

    DbSet<Roadmap> Roadmaps { get; }

    DbSet<RoadmapItem> RoadmapItems { get; }

    DbSet<ApiKey> ApiKeys { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<ReportingRequest> ReportingRequests { get; }

    DbSet<ReportingResponse> ReportingResponses { get; }

    DbSet<ReportingReminder> ReportingReminders { get; }

    DbSet<CriterionIndicatorSnapshot> CriterionIndicatorSnapshots { get; }

    DbSet<TeacherQuestionnaire> TeacherQuestionnaires { get; }

    DbSet<QuestionnaireAnswer> QuestionnaireAnswers { get; }

    DbSet<LearningDynamicsReport> LearningDynamicsReports { get; }

    DbSet<MentorshipContestReport> MentorshipContestReports { get; }

    DbSet<Domain.Documents.OfficialDocument> OfficialDocuments { get; }

    DbSet<PersonAffiliation> PersonAffiliations { get; }

    DbSet<MunicipalMentor> MunicipalMentors { get; }

    DbSet<MunicipalMentorCompetence> MunicipalMentorCompetences { get; }

    DbSet<JoinRequest> JoinRequests { get; }

    DbSet<ProgrammePublicPage> ProgrammePublicPages { get; }

    DbSet<MatchingRun> MatchingRuns { get; }
}
