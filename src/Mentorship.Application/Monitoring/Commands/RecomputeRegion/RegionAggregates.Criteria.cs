using Mentorship.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Monitoring.Commands.RecomputeRegion;

/// <summary>Answers of Y's questionnaires grouped by the levels given to 2.1, 3.1 and 3.2 (any of them null: not answered).</summary>
public sealed record QuestionnaireAnswerCount(Guid OrganizationId, CriterionLevel? DeficitConditions, CriterionLevel? MaterialMotivation, CriterionLevel? NonMaterialMotivation, int Count);

public sealed record LevelAnswerCount(Guid OrganizationId, CriterionLevel Level, int Count);

public sealed record MentorTrainingCounts(Guid OrganizationId, int Mentors, int Courses, int MentorsTrained);

public sealed record ContestReportRow(Guid OrganizationId, bool Participated, string? ContestName);

/// <summary>The aggregates only the efficiency criteria need: questionnaire answers, reported dynamics, mentors' training, contests.</summary>
public sealed partial class RegionAggregates
{
    /// <summary>The answers to the organisation's teacher questionnaire of Y, open or closed.</summary>
    public Task<List<QuestionnaireAnswerCount>> QuestionnaireAnswers(CancellationToken cancellationToken) =>
        (from a in db.QuestionnaireAnswers
         join q in db.TeacherQuestionnaires.IgnoreQueryFilters() on a.QuestionnaireId equals q.Id
         join o in db.Organizations.IgnoreQueryFilters() on q.OrganizationId equals o.Id
         where o.RegionId == regionId && q.Year == period.Year
         group a by new { q.OrganizationId, a.DeficitConditions, a.MaterialMotivation, a.NonMaterialMotivation } into g
         select new QuestionnaireAnswerCount(g.Key.OrganizationId, g.Key.DeficitConditions, g.Key.MaterialMotivation, g.Key.NonMaterialMotivation, g.Count()))
        .ToListAsync(cancellationToken);

    /// <summary>Criterion 7: the dynamics reported for the organisation's mentee teachers in Y, per level.</summary>
    public Task<List<LevelAnswerCount>> LearningDynamics(CancellationToken cancellationToken) =>
        (from r in db.LearningDynamicsReports.IgnoreQueryFilters()
         join o in db.Organizations.IgnoreQueryFilters() on r.OrganizationId equals o.Id
         where o.RegionId == regionId && r.Year == period.Year
         group r by new { r.OrganizationId, r.Dynamics } into g
         select new LevelAnswerCount(g.Key.OrganizationId, g.Key.Dynamics, g.Count()))
        .ToListAsync(cancellationToken);

    /// <summary>
    /// Indicator 6.2: the organisation's mentors (its people in a mentor bank), the ДПП courses they completed in
    /// Y−2 … Y, and how many of them completed one.
    /// </summary>
    public Task<List<MentorTrainingCounts>> MentorTrainings(CancellationToken cancellationToken)
    {
        var (since, end) = (new DateOnly(period.Year - 2, 1, 1), period.End);
        return (from p in db.People.IgnoreQueryFilters()
                join o in db.Organizations.IgnoreQueryFilters() on p.OrganizationId equals o.Id
                where o.RegionId == regionId && db.Mentors.Any(m => m.PersonId == p.Id)
                select new { p.OrganizationId, Courses = db.Trainings.Count(t => t.PersonId == p.Id && t.CompletedAt >= since && t.CompletedAt <= end) } into m
                group m by m.OrganizationId into g
                select new MentorTrainingCounts(g.Key, g.Count(), g.Sum(m => m.Courses), g.Count(m => m.Courses > 0)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Indicator 6.3 as the curators gave it for Y.</summary>
    public Task<List<ContestReportRow>> MentorshipContestReports(CancellationToken cancellationToken) =>
        (from r in db.MentorshipContestReports.IgnoreQueryFilters()
         join o in db.Organizations.IgnoreQueryFilters() on r.OrganizationId equals o.Id
         where o.RegionId == regionId && r.Year == period.Year
         select new ContestReportRow(r.OrganizationId, r.Participated, r.ContestName))
        .ToListAsync(cancellationToken);

}
