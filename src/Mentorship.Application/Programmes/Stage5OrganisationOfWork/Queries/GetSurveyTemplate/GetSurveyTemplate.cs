using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetSurveyTemplate;

[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record GetSurveyTemplateQuery(Guid Id) : IRequest<SurveyTemplateDto>;

internal sealed class GetSurveyTemplateHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetSurveyTemplateQuery, SurveyTemplateDto>
{
    public Task<SurveyTemplateDto> Handle(GetSurveyTemplateQuery request, CancellationToken cancellationToken) =>
        SurveyReads.DtoAsync(db, mapper, request.Id, cancellationToken);
}
