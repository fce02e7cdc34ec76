using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Programmes.Stage5OrganisationOfWork.Queries.GetSurveyTemplate;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.CreateSurveyTemplate;

/// <summary>A question of a new questionnaire.</summary>
/// <param name="Kind">Score 1–10, choice of one option, or free text.</param>
/// <param name="Text">The question; up to 1000 characters.</param>
/// <param name="IsRequired">An answer is required; false when omitted.</param>
/// <param name="Options">
/// The options of a choice question, at least two, up to 500 characters each; none for other kinds.
/// </param>
public sealed record SurveyQuestionInput(SurveyQuestionKind? Kind, string? Text, bool? IsRequired, IReadOnlyList<string>? Options);

/// <summary>Creates a questionnaire with its questions (a draft until published). Shared ones (no programme) are kept by coordinators.</summary>
/// <param name="ProgrammeId">
/// The programme the questionnaire is for; omit for a shared one kept by coordinators.
/// </param>
/// <param name="Title">Title of the questionnaire (анкета); up to 500 characters.</param>
/// <param name="Role">Who answers it: mentor, mentee or curator.</param>
/// <param name="Point">The point it is taken at: initial, midpoint or final.</param>
/// <param name="Form">The form of mentorship it is for; omit for any form.</param>
/// <param name="Questions">The questions, in order.</param>
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
