using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetSurveyTemplate;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.CreateSurveyTemplate;

public sealed record SurveyQuestionInput(SurveyQuestionKind? Kind, string? Text, bool? IsRequired, IReadOnlyList<string>? Options);

/// <summary>Creates a questionnaire with its questions (a draft until published). Shared ones (no programme) are kept by coordinators.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record CreateSurveyTemplateCommand(Guid? ProgrammeId, string? Title, SurveyRole? Role, ProgressPoint? Point, MentoringForm? Form, IReadOnlyList<SurveyQuestionInput>? Questions)
    : IRequest<SurveyTemplateDto>;

internal sealed class CreateSurveyTemplateHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper) : IRequestHandler<CreateSurveyTemplateCommand, SurveyTemplateDto>
{
    public async Task<SurveyTemplateDto> Handle(CreateSurveyTemplateCommand request, CancellationToken cancellationToken)
    {
        if (request.ProgrammeId is { } programmeId)
        {
            (await db.ProgrammeAsync(programmeId, cancellationToken)).EnsureActive();
        }
        else if (!Roles.Coordinators.Split(',').Any(user.IsInRole) && !user.IsSystem)
        {
            throw new ForbiddenAccessException(ErrorCodes.Survey.SharedForCoordinators);
        }

        var template = new SurveyTemplate(request.Title!, request.Role!.Value, request.Point!.Value, request.Form, request.ProgrammeId);
        foreach (var question in request.Questions ?? [])
        {
            template.AddQuestion(question.Kind!.Value, question.Text!, question.IsRequired ?? true, question.Options);
        }

        db.SurveyTemplates.Add(template);
        await db.SaveChangesAsync(cancellationToken);
        return await SurveyReads.DtoAsync(db, mapper, template.Id, cancellationToken);
    }
}
