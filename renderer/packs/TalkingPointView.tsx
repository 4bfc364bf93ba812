import { useTranslation } from 'react-i18next';
import { PACK_TEXT_MAX_LENGTH, type TalkingPoint } from '../../contract/packs';
import { EditableField } from './EditableField';

export function TalkingPointView({ point, onSave }: { point: TalkingPoint; onSave(text: string): Promise<boolean> }) {
  const { t } = useTranslation();
  return (
    <div className="talking-point">
      <EditableField label={t('packs.point.label')} hideLabel value={point.text} multiline maxLength={PACK_TEXT_MAX_LENGTH} onSave={onSave} />
    </div>
  );
}
