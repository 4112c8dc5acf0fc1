// Options page entry: mounts the settings app. Wiring only.
import { render } from 'preact';
import { OptionsApp } from '../../components/options-app';
import { followToneColors } from '../../components/tone-style';

followToneColors(document);

render(<OptionsApp />, document.getElementById('app')!);
