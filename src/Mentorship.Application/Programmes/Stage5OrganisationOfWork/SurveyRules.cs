using FluentValidation;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork;

internal static class SurveyRules
{
    /// <summary>Shared questionnaires and those of the programmes the caller can see.</summary>
    public static IQueryable<SurveyTemplate> VisibleTemplates(IApplicationDbContext db) =>
        db.SurveyTemplates.Where(t => t.ProgrammeId == null || db.Programmes.Any(p => p.Id == t.ProgrammeId));
}
