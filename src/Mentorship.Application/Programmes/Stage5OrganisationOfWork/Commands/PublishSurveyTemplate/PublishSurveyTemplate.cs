using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetSurveyTemplate;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.PublishSurveyTemplate;

/// <summary>Publishes a questionnaire: its questions are fixed from now on and it can be answered.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record PublishSurveyTemplateCommand(Guid Id) : IRequest<SurveyTemplateDto>;

internal sealed class PublishSurveyTemplateHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper, TimeProvider time) : IRequestHandler<PublishSurveyTemplateCommand, SurveyTemplateDto>
{
    public async Task<SurveyTemplateDto> Handle(PublishSurveyTemplateCommand request, CancellationToken cancellationToken)
    {
        var template = await SurveyReads.VisibleTemplates(db).Include(t => t.Questions).SingleOrDefaultAsync(t => t.Id == request.Id, cancellationToken)
                       ?? throw new NotFoundException(nameof(SurveyTemplate), request.Id);
        if (template.ProgrammeId is null && !Roles.Coordinators.Split(',').Any(user.IsInRole) && !user.IsSystem)
        {
            throw new ForbiddenAccessException();
        }

        template.Publish(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await SurveyReads.DtoAsync(db, mapper, template.Id, cancellationToken);
    }
}
