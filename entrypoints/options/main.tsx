// Options page entry: mounts the settings app. Wiring only.
import { render } from 'preact';
import { OptionsApp } from '../../components/options-app';

render(<OptionsApp />, document.getElementById('app')!);
