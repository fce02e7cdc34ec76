using Mentorship.Domain.Auditing;
using Mentorship.Domain.Integration;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Mentorship.Domain.Roadmaps;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Infrastructure.Persistence;

public abstract partial class ApplicationDbContext
{
    public DbSet<Person> People => Set<Person>();

    public DbSet<PersonExternalId> PersonExternalIds => Set<PersonExternalId>();

    public DbSet<Consent> Consents => Set<Consent>();

    public DbSet<Employment> Employments => Set<Employment>();

    public DbSet<ContestParticipation> ContestParticipations => Set<ContestParticipation>();

    public DbSet<Publication> Publications => Set<Publication>();

    public DbSet<Training> Trainings => Set<Training>();

    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<ProgrammeForm> ProgrammeForms => Set<ProgrammeForm>();

    public DbSet<ProgrammeFormat> ProgrammeFormats => Set<ProgrammeFormat>();

    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();

    public DbSet<ProgrammeTask> ProgrammeTasks => Set<ProgrammeTask>();

    public DbSet<NormativeDocument> NormativeDocuments => Set<NormativeDocument>();

    public DbSet<StageTransition> StageTransitions => Set<StageTransition>();

    public DbSet<ProgrammePartner> ProgrammePartners => Set<ProgrammePartner>();

    public DbSet<MentorCandidate> MentorCandidates => Set<MentorCandidate>();

    public DbSet<MentorTraining> MentorTrainings => Set<MentorTraining>();

    public DbSet<Mentor> Mentors => Set<Mentor>();

    public DbSet<MentorCompetence> MentorCompetences => Set<MentorCompetence>();

    public DbSet<Mentee> Mentees => Set<Mentee>();

    public DbSet<MenteeRequest> MenteeRequests => Set<MenteeRequest>();

    public DbSet<MenteeRequestTag> MenteeRequestTags => Set<MenteeRequestTag>();

    public DbSet<InformingRecord> InformingRecords => Set<InformingRecord>();

    public DbSet<MentoringGroup> MentoringGroups => Set<MentoringGroup>();

    public DbSet<GroupMember> GroupMembers => Set<GroupMember>();

    public DbSet<Goal> Goals => Set<Goal>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<IntermediateResult> IntermediateResults => Set<IntermediateResult>();

    public DbSet<Feedback> Feedbacks => Set<Feedback>();

    public DbSet<Note> Notes => Set<Note>();

    public DbSet<SurveyTemplate> SurveyTemplates => Set<SurveyTemplate>();

    public DbSet<SurveyQuestion> SurveyQuestions => Set<SurveyQuestion>();

    public DbSet<SurveyQuestionOption> SurveyQuestionOptions => Set<SurveyQuestionOption>();

    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();

    public DbSet<SurveyAnswer> SurveyAnswers => Set<SurveyAnswer>();

    public DbSet<Award> Awards => Set<Award>();

    public DbSet<SuccessCase> SuccessCases => Set<SuccessCase>();

    public DbSet<FinalEvent> FinalEvents => Set<FinalEvent>();

    public DbSet<IndicatorSnapshot> IndicatorSnapshots => Set<IndicatorSnapshot>();

    public DbSet<IndicatorTarget> IndicatorTargets => Set<IndicatorTarget>();

    public DbSet<CriterionSnapshot> CriterionSnapshots => Set<CriterionSnapshot>();

    public DbSet<StaleGroup> StaleGroups => Set<StaleGroup>();

    public DbSet<MonitoringChange> MonitoringChanges => Set<MonitoringChange>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<RegionRun> RegionRuns => Set<RegionRun>();

    public DbSet<Roadmap> Roadmaps => Set<Roadmap>();

    public DbSet<RoadmapItem> RoadmapItems => Set<RoadmapItem>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Idempotency.IdempotencyRecord> IdempotencyRecords => Set<Idempotency.IdempotencyRecord>();

    public DbSet<Domain.Reporting.ReportingRequest> ReportingRequests => Set<Domain.Reporting.ReportingRequest>();

    public DbSet<Domain.Reporting.ReportingResponse> ReportingResponses => Set<Domain.Reporting.ReportingResponse>();

    public DbSet<Domain.Reporting.ReportingReminder> ReportingReminders => Set<Domain.Reporting.ReportingReminder>();

    public DbSet<CriterionIndicatorSnapshot> CriterionIndicatorSnapshots => Set<CriterionIndicatorSnapshot>();

    public DbSet<TeacherQuestionnaire> TeacherQuestionnaires => Set<TeacherQuestionnaire>();

    public DbSet<QuestionnaireAnswer> QuestionnaireAnswers => Set<QuestionnaireAnswer>();

    public DbSet<LearningDynamicsReport> LearningDynamicsReports => Set<LearningDynamicsReport>();

    public DbSet<MentorshipContestReport> MentorshipContestReports => Set<MentorshipContestReport>();

    public DbSet<Domain.Documents.OfficialDocument> OfficialDocuments => Set<Domain.Documents.OfficialDocument>();

    public DbSet<PersonAffiliation> PersonAffiliations => Set<PersonAffiliation>();

    public DbSet<MunicipalMentor> MunicipalMentors => Set<MunicipalMentor>();

    public DbSet<MunicipalMentorCompetence> MunicipalMentorCompetences => Set<MunicipalMentorCompetence>();

    public DbSet<JoinRequest> JoinRequests => Set<JoinRequest>();

    public DbSet<ProgrammePublicPage> ProgrammePublicPages => Set<ProgrammePublicPage>();

    public DbSet<MatchingRun> MatchingRuns => Set<MatchingRun>();
}
