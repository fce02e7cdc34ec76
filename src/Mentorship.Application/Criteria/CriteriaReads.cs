using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Criteria;

/// <summary>The reads the criteria inputs share: questionnaires with their answers counted, and the checks on who is who.</summary>
internal static class CriteriaReads
{
    /// <summary>Questionnaires as DTOs, their answers counted by one grouped query.</summary>
    public static async Task<List<QuestionnaireDto>> QuestionnairesAsync(IApplicationDbContext db, IReadOnlyList<TeacherQuestionnaire> questionnaires, CancellationToken cancellationToken)
    {
        var ids = questionnaires.Select(q => q.Id).ToList();
        var counts = await db.QuestionnaireAnswers.AsNoTracking().Where(a => ids.Contains(a.QuestionnaireId))
            .GroupBy(a => new { a.QuestionnaireId, a.DeficitConditions, a.MaterialMotivation, a.NonMaterialMotivation })
            .Select(g => new AnswerLevels(g.Key.QuestionnaireId, g.Key.DeficitConditions, g.Key.MaterialMotivation, g.Key.NonMaterialMotivation, g.Count()))
            .ToListAsync(cancellationToken);
        return questionnaires.Select(q =>
        {
            var own = counts.Where(c => c.QuestionnaireId == q.Id).ToList();
            Dictionary<string, int> Distribution(CriterionIndicator indicator, Func<AnswerLevels, CriterionLevel?> level) =>
                CriterionIndicators.ScaleOf(indicator).ToDictionary(IndicatorResult.Camel, l => own.Where(c => level(c) == l).Sum(c => c.Count));
            return new QuestionnaireDto(q.Id, q.OrganizationId, q.Year, q.OpenedAt, q.ClosedAt, own.Sum(c => c.Count),
                Distribution(CriterionIndicator.DeficitConditions, c => c.DeficitConditions),
                Distribution(CriterionIndicator.MaterialMotivation, c => c.MaterialMotivation),
                Distribution(CriterionIndicator.NonMaterialMotivation, c => c.NonMaterialMotivation));
        }).ToList();
    }

    public static async Task<QuestionnaireDto> QuestionnaireAsync(IApplicationDbContext db, TeacherQuestionnaire questionnaire, CancellationToken cancellationToken) =>
        (await QuestionnairesAsync(db, [questionnaire], cancellationToken))[0];

    /// <summary>A questionnaire within the caller's scope, tracked for a change; another organisation's answers 404.</summary>
    public static async Task<TeacherQuestionnaire> QuestionnaireInScopeAsync(IApplicationDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.TeacherQuestionnaires.SingleOrDefaultAsync(q => q.Id == id, cancellationToken)
        ?? throw new NotFoundException(nameof(TeacherQuestionnaire), id);

    /// <summary>An organisation within the caller's scope, else 404.</summary>
    public static async Task EnsureOrganizationVisibleAsync(IApplicationDbContext db, Guid organizationId, CancellationToken cancellationToken)
    {
        if (!await db.Organizations.AnyAsync(o => o.Id == organizationId, cancellationToken))
        {
            throw new NotFoundException(nameof(Organization), organizationId);
        }
    }

    /// <summary>Whether a person is a teacher of the organisation (the caller's scope aside).</summary>
    public static Task<bool> IsTeacherOfAsync(IApplicationDbContext db, Guid personId, Guid organizationId, CancellationToken cancellationToken) =>
        db.People.IgnoreQueryFilters().AnyAsync(p => p.Id == personId && p.OrganizationId == organizationId && p.Category == PersonCategory.Teacher, cancellationToken);

    /// <summary>Criterion 7 is reported for a mentee: a member of a pair or group active on some day of the year.</summary>
    public static Task<bool> IsMenteeInAsync(IApplicationDbContext db, Guid personId, int year, CancellationToken cancellationToken)
    {
        var (start, end) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return db.GroupMembers.IgnoreQueryFilters().AnyAsync(m => m.PersonId == personId && m.Role == GroupRole.Mentee && m.JoinedAt <= end && (m.LeftAt == null || m.LeftAt >= start)
            && db.MentoringGroups.IgnoreQueryFilters().Any(g => g.Id == m.GroupId && g.StartedAt <= end && (g.EndedAt == null || g.EndedAt >= start)), cancellationToken);
    }

    /// <summary>Refuses a person who is not a teacher of the organisation (field <paramref name="field"/>).</summary>
    public static async Task EnsureTeacherOfAsync(IApplicationDbContext db, Guid personId, Guid organizationId, string field, CancellationToken cancellationToken)
    {
        if (!await IsTeacherOfAsync(db, personId, organizationId, cancellationToken))
        {
            throw new ValidationException(field, ErrorCodes.Criteria.NotTeacherOfOrganization, personId);
        }
    }

    private sealed record AnswerLevels(Guid QuestionnaireId, CriterionLevel? DeficitConditions, CriterionLevel? MaterialMotivation, CriterionLevel? NonMaterialMotivation, int Count);
}
