using AutoMapper;
using AutoMapper.QueryableExtensions;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetSurveyTemplate;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork;

/// <summary>The reads of questionnaires that the use cases of stage 5 share.</summary>
internal static class SurveyReads
{
    /// <summary>Shared questionnaires and those of the programmes the caller can see.</summary>
    public static IQueryable<SurveyTemplate> VisibleTemplates(IApplicationDbContext db) =>
        db.SurveyTemplates.Where(t => t.ProgrammeId == null || db.Programmes.Any(p => p.Id == t.ProgrammeId));

    /// <summary>A questionnaire as the API returns it.</summary>
    public static async Task<SurveyTemplateDto> DtoAsync(IApplicationDbContext db, IMapper mapper, Guid templateId, CancellationToken cancellationToken) =>
        await VisibleTemplates(db).AsNoTracking().Where(t => t.Id == templateId).ProjectTo<SurveyTemplateDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(SurveyTemplate), templateId);
}
