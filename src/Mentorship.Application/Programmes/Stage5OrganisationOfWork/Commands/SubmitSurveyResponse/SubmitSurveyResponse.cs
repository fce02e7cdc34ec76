using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Localization;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage5OrganisationOfWork.Commands.SubmitSurveyResponse;

/// <summary>An answer to one question: a score, an option or text, as the question's kind asks.</summary>
/// <param name="QuestionId">The question answered.</param>
/// <param name="Scale">Score from 1 to 10, for a scale question.</param>
/// <param name="OptionId">The option chosen, for a choice question.</param>
/// <param name="Text">Free text, for an open question; up to 4000 characters.</param>
public sealed record SurveyAnswerInput(Guid? QuestionId, int? Scale, Guid? OptionId, string? Text);

/// <summary>
/// Submits a person's answers to a questionnaire. Mentors and mentees answer for themselves in their group; staff
/// may enter answers given on paper (<c>respondentPersonId</c>). The curator's questionnaire is answered for the
/// programme (no group) by its curator.
/// </summary>
/// <param name="ProgrammeId">The programme the answers are given in.</param>
/// <param name="GroupId">The pair or group the respondent answers in; omit for the curator's questionnaire.</param>
/// <param name="RespondentPersonId">
/// Whose answers they are: omit for one's own; staff entering answers given on paper name the person.
/// </param>
/// <param name="Answers">The answers; every required question needs one.</param>
[Authorize(Roles = ProgrammeRoles.Participants)]
public sealed record SubmitSurveyResponseCommand(Guid? ProgrammeId, Guid? GroupId, Guid? RespondentPersonId, IReadOnlyList<SurveyAnswerInput>? Answers) : IRequest<SurveyResponseDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid TemplateId { get; init; }
}

internal sealed class SubmitSurveyResponseHandler(IApplicationDbContext db, ICurrentUser user, IMapper mapper, TimeProvider time) : IRequestHandler<SubmitSurveyResponseCommand, SurveyResponseDto>
{
    public async Task<SurveyResponseDto> Handle(SubmitSurveyResponseCommand request, CancellationToken cancellationToken)
    {
        var template = await SurveyReads.VisibleTemplates(db).Include(t => t.Questions).ThenInclude(q => q.Options)
                           .SingleOrDefaultAsync(t => t.Id == request.TemplateId, cancellationToken)
                       ?? throw new NotFoundException(nameof(SurveyTemplate), request.TemplateId);
        var programme = await db.ProgrammeWithConditionsAsync(request.ProgrammeId!.Value, cancellationToken);
        programme.EnsureReached(ProgrammeStage.OrganisationOfWork);
        var respondent = await RespondentAsync(template, programme, request, cancellationToken);
        if (await db.SurveyResponses.AnyAsync(r => r.TemplateId == template.Id && r.ProgrammeId == programme.Id && r.GroupId == request.GroupId && r.RespondentPersonId == respondent, cancellationToken))
        {
            throw new ConflictException(ErrorCodes.Survey.AlreadySubmitted, "templateId");
        }

        var response = new SurveyResponse(template, programme.Id, request.GroupId, respondent);
        for (var i = 0; i < request.Answers!.Count; i++)
        {
            var input = request.Answers[i];
            var question = template.Questions.FirstOrDefault(q => q.Id == input.QuestionId)
                           ?? throw new ValidationException($"answers[{i}].questionId", ErrorCodes.Survey.NoSuchQuestion);
            try
            {
                response.Answer(question, input.Scale, input.OptionId, input.Text);
            }
            catch (DomainException invalid) when (invalid is not DomainConflictException)
            {
                throw invalid.AtField($"answers[{i}].{invalid.Field}");
            }
        }

        response.Submit(template, time.GetUtcNow());
        db.SurveyResponses.Add(response);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<SurveyResponseDto>(response);
    }

    private async Task<Guid> RespondentAsync(SurveyTemplate template, Programme programme, SubmitSurveyResponseCommand request, CancellationToken cancellationToken)
    {
        if (template.Role == SurveyRole.Curator)
        {
            if (request.GroupId is not null)
            {
                throw new ValidationException("groupId", ErrorCodes.Survey.CuratorWithoutGroup);
            }

            if (!user.IsStaff())
            {
                throw new ForbiddenAccessException();
            }

            return programme.Curator?.PersonId
                   ?? throw new ConflictException(ErrorCodes.Survey.CuratorNotRegistered, "respondentPersonId");
        }

        var groupId = request.GroupId ?? throw new ValidationException("groupId", ErrorCodes.Survey.GroupRequired);
        var group = await db.GroupAsync(groupId, cancellationToken);
        if (group.ProgrammeId != programme.Id)
        {
            throw new ValidationException("groupId", ErrorCodes.Common.NotFound, Catalogue.Entity(nameof(MentoringGroup)), groupId);
        }

        if (template.Form is { } form && form != group.Form)
        {
            throw new ValidationException("templateId", ErrorCodes.Survey.OtherForm, form);
        }

        var caller = user.CallerIn(group);
        var respondent = caller.IsMember && (request.RespondentPersonId is null || request.RespondentPersonId == caller.MemberPersonId)
            ? caller.MemberPersonId!.Value
            : caller.IsStaff && request.RespondentPersonId is { } given ? given : throw new ForbiddenAccessException();
        var role = template.Role == SurveyRole.Mentor ? GroupRole.Mentor : GroupRole.Mentee;
        if (!group.Members.Any(m => m.PersonId == respondent && m.Role == role))
        {
            throw new ValidationException("respondentPersonId", ErrorCodes.Survey.OtherRole, role);
        }

        return respondent;
    }
}
