using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetSurveyTemplate;

[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetSurveyTemplateQuery(Guid Id) : IRequest<SurveyTemplateDto>;

internal sealed class GetSurveyTemplateHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetSurveyTemplateQuery, SurveyTemplateDto>
{
    public async Task<SurveyTemplateDto> Handle(GetSurveyTemplateQuery request, CancellationToken cancellationToken) =>
        await SurveyRules.VisibleTemplates(db).AsNoTracking().Where(t => t.Id == request.Id).ProjectTo<SurveyTemplateDto>(mapper.ConfigurationProvider).SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException(nameof(SurveyTemplate), request.Id);
}
